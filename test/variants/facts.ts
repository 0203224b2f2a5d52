/**
 * The markup-variant corpus: the facts of a fixture page, free of markup, so that each
 * markup family (families/) can render the same page its own way. A family that cannot
 * express a fact says so (`Skip`), and the corpus prints why.
 */

import type { OppDoc } from './opp/opp-facts';

/** The pupil a page is about, as the apps show it (birth date dd-mm-jjjj). */
export interface Pupil {
  name: string;
  birth: string;
  group: string;
}

export interface ArrangementRow {
  begin: string;
  end: string;
  opmerkingen?: string;
}

/** A setting: options with one chosen (or none), a read-only text, or not on the page. */
export type Setting =
  | { kind: 'choice'; label: string; options: readonly string[]; chosen: string | null; explain?: Readonly<Record<string, string>> }
  | { kind: 'switch'; label: string; on: boolean }
  | { kind: 'text'; label: string; value: string }
  | null;

export type PageFacts =
  /** Passend onderwijs: the saved arrangements (none: the empty state), and a note above them. */
  | { kind: 'arrangements'; pupil: Pupil; rows: readonly ArrangementRow[]; note?: string; documents?: readonly string[] }
  /** The "Onderwijsarrangement toevoegen" form, open. */
  | { kind: 'form'; pupil: Pupil }
  /** A ROD message "Inschrijving PO aanleveren", with or without its Ontwikkelingsperspectief. */
  | { kind: 'rod'; pupil: Pupil; details: readonly (readonly [string, string])[]; perspective: { begin: string; end: string } | null }
  /** Another pupil page (the leerlingkaart), with details rows. */
  | { kind: 'student'; pupil: Pupil; details: readonly (readonly [string, string])[] }
  /** Topdossier's school settings. */
  | { kind: 'settings'; twoFa: Setting; retention: Setting };

export interface Skip {
  skip: string;
}

export interface Family {
  id: string;
  /** What this family stands for: which release or theme would render pages like it. */
  about: string;
  render(facts: PageFacts): string | Skip;
  /** The same family's rendering of an OPP (Topdossier's, or ParnasSys' own OPP module). */
  renderOpp(doc: OppDoc): string | Skip;
}

export const isSkip = (r: string | Skip): r is Skip => typeof r !== 'string';

/** Escapes text for HTML: page text is data, also in the corpus. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function page(title: string, body: string): string {
  return `<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body>\n${body}\n</body></html>\n`;
}

/** The section title ParnasSys would put on each page kind. */
export function sectionOf(facts: PageFacts): string {
  switch (facts.kind) {
    case 'arrangements':
      return 'Passend onderwijs';
    case 'form':
      return 'Onderwijsarrangement toevoegen';
    case 'rod':
      return 'ROD';
    case 'student':
      return 'Leerlingkaart';
    case 'settings':
      return 'Schoolinstellingen';
  }
}

/** "Bakker, Lotte" for a name "Lotte Bakker" (the tussenvoegsel goes with the surname). */
export function surnameFirst(name: string): string {
  const words = name.split(' ');
  const at = words.findIndex((w, i) => i > 0 && /^[a-z]/.test(w));
  const split = at > 0 ? at : words.length - 1;
  return `${words.slice(split).join(' ')}, ${words.slice(0, split).join(' ')}`;
}

/** The chosen option's text of a setting, or its read-only value. */
export function shownValue(s: Exclude<Setting, null>): string | null {
  if (s.kind === 'text') return s.value;
  if (s.kind === 'switch') return s.on ? 'Aan' : 'Uit';
  return s.chosen;
}
