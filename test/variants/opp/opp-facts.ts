/**
 * The OPP side of the markup-variant corpus: an OPP's content free of markup (sections of
 * labelled fields), so that every markup style (opp-styles.ts) renders the same OPP its own
 * way. Values are what the user wrote or chose; '' is a field left empty.
 */
import type { Pupil } from '../facts';

export type OppValue =
  | string
  /** A select, radios or a read-only chosen value; null when nothing is chosen. */
  | { options: readonly string[]; chosen: string | null }
  /** A checkbox with its own text ("Leerling heeft onderwijstijdverkorting"). */
  | { check: string; on: boolean };

export interface OppField {
  label: string;
  value: OppValue;
}

export interface OppSection {
  /** The section's heading, or null for fields that stand before any section. */
  heading: string | null;
  fields: readonly OppField[];
}

export interface OppDoc {
  pupil: Pupil;
  title: string;
  sections: readonly OppSection[];
}

export const isChoice = (v: OppValue): v is Extract<OppValue, { options: readonly string[] }> => typeof v === 'object' && 'options' in v;
export const isCheck = (v: OppValue): v is Extract<OppValue, { check: string }> => typeof v === 'object' && 'check' in v;

/** What a read-only view shows for a value. */
export function shownText(v: OppValue): string {
  if (typeof v === 'string') return v;
  if (isChoice(v)) return v.chosen ?? '';
  return v.on ? `${v.check}: ja` : `${v.check}: nee`;
}

/** A copy of `doc` with one field's value replaced (the incomplete variants of a complete OPP). */
export function withField(doc: OppDoc, label: string, value: OppValue): OppDoc {
  let found = false;
  const sections = doc.sections.map((s) => ({
    ...s,
    fields: s.fields.map((f) => {
      if (f.label !== label) return f;
      found = true;
      return { ...f, value };
    }),
  }));
  if (!found) throw new Error(`no field "${label}" in ${doc.title}`);
  return { ...doc, sections };
}

/** A copy of `doc` without the section headed `heading` (a part the page does not hold at all). */
export function withoutSection(doc: OppDoc, heading: string): OppDoc {
  const sections = doc.sections.filter((s) => s.heading !== heading);
  if (sections.length === doc.sections.length) throw new Error(`no section "${heading}" in ${doc.title}`);
  return { ...doc, sections };
}
