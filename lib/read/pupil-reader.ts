/**
 * The pupil a page is about: name, birth date and group, from a labelled field or from a
 * header like "Lotte Bakker, geboren 04-07-2017, groep 7". Used only in memory, to compute
 * the pupil key (lib/privacy/pupil-key.ts); never stored, never shown in evidence.
 */
import { findDates } from '../dates';
import { fold } from '../text';
import { candidateTexts, fieldText, findLabelledFields, withPageLists } from './labelled-fields';
import { subtreeText } from './dom-text';
import type { Term } from './opp-terms';

export interface PupilOnPage {
  name: string;
  /** ISO birth date. */
  birth: string;
  group: string | null;
  /** The element showing the name, to place the on-page badge beside it. */
  anchor: Element;
}

type PupilPart = 'naam' | 'geboortedatum' | 'groep';
export const PUPIL_TERMS: readonly Term<PupilPart>[] = [
  { part: 'geboortedatum', pattern: /^(geboortedatum|geb\.? ?datum|geboren( op)?|date of birth)$/ },
  { part: 'naam', pattern: /^(naam( leerling| van de leerling)?|leerling(naam)?|volledige naam)$/ },
  { part: 'groep', pattern: /^(groep|klas|jaargroep)$/ },
];

const NAME_LIKE = /^[\p{L}][\p{L}'’ .,-]{1,60}$/u;
const BORN = /\b(geboren|geb\.)(\s+op)?\s*:?\s*/i;

function cleanName(text: string): string | null {
  const name = text
    .replace(/^\s*(leerling|naam)\s*:\s*/i, '')
    .replace(/[\s,;(]+$/, '')
    .trim();
  return NAME_LIKE.test(name) && !/\d/.test(name) ? name : null;
}

function fromFields(doc: Document): PupilOnPage | null {
  const fields = findLabelledFields<PupilPart>(doc, { dictionary: 'pupil', terms: PUPIL_TERMS });
  const nameField = fields.find((f) => f.part === 'naam' && cleanName(fieldText(f)));
  const birthField = fields.find((f) => f.part === 'geboortedatum' && findDates(fieldText(f)).some((d) => d.ok));
  if (!nameField || !birthField) return null;
  const birth = findDates(fieldText(birthField)).find((d) => d.ok);
  const group = fields.find((f) => f.part === 'groep');
  return birth?.ok
    ? { name: cleanName(fieldText(nameField))!, birth: birth.iso, group: group ? fieldText(group) || null : null, anchor: nameField.anchor }
    : null;
}

function fromHeader(doc: Document): PupilOnPage | null {
  for (const node of candidateTexts(doc, 'pupil')) {
    const text = node.nodeValue ?? '';
    if (!BORN.test(text)) continue;
    const block = node.parentElement?.closest('div, p, header, section, td, li, h1, h2') ?? node.parentElement;
    if (!block || block.closest('[data-opp-wijzer]')) continue;
    // Block elements run together in textContent ("Bakkergeboren"): read with spaces.
    const blockText = subtreeText(block);
    const afterBorn = (s: string) => s.slice(s.search(BORN) >= 0 ? s.search(BORN) : s.length);
    const birth = [...findDates(afterBorn(text)), ...findDates(afterBorn(blockText))].find((d) => d.ok);
    if (!birth?.ok) continue;
    const nameEl = block.querySelector('h1, h2, h3, h4, strong, b, [class*=naam], [class*=name]');
    const name = cleanName(nameEl?.textContent ?? '') ?? cleanName(blockText.slice(0, Math.max(0, blockText.search(BORN))));
    if (!name) continue;
    const group = /\bgroep\s*(\d{1,2}[a-z]?)\b/i.exec(blockText);
    return { name, birth: birth.iso, group: group ? group[1]! : null, anchor: nameEl ?? block };
  }
  return null;
}

export function readPupil(doc: Document): PupilOnPage | null {
  if (!doc.body) return null;
  // Called alone (ParnasSys reads the pupil before its check): one walk serves both ways.
  return withPageLists(doc, () => fromFields(doc) ?? fromHeader(doc), ['pupil']);
}

/** Words on the page that show the pupil has an OPP (ParnasSys, DOMAIN.md "Registering in ROD"). */
export const OPP_SIGNALS: readonly { id: 'cluster' | 'otv' | 'document'; pattern: RegExp }[] = [
  { id: 'cluster', pattern: /\b(kentalis|auris|visio|bartimeus|cluster ?[12]|siméa|simea)\b/ },
  { id: 'otv', pattern: /\bonderwijstijd\s?verkorting|verkorte onderwijstijd\b/ },
  { id: 'document', pattern: /\b(opp|ontwikkelingsperspectief(plan)?)\b[^.\n]{0,40}\.pdf\b|\bopp[ _-]?\d{4}\b/ },
];

export function oppSignals(doc: Document): ('cluster' | 'otv' | 'document')[] {
  const text = fold(doc.body ? subtreeText(doc.body) : '');
  return OPP_SIGNALS.filter((s) => s.pattern.test(text)).map((s) => s.id);
}
