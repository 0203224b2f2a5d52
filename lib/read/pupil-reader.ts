/**
 * The pupil a page is about: name, birth date and group. Used only in memory, to compute
 * the pupil key (lib/privacy/pupil-key.ts); never stored, never shown in evidence.
 *
 * Pupil headers come in many shapes, and each is read by meaning:
 * - labelled fields: "Naam" and "Geboortedatum" (a details table, a <dl>, a form);
 * - a "Leerling" field whose value holds name and date ("Ravi Jansen, 03-04-2016",
 *   "Anouk de Boer (12-01-2017)", "Mees Kok · 22-10-2015 · groep 7");
 * - a labelled birth date ("Geboortedatum", "Geb.") with the name as the heading of its
 *   block, the page's <h1>, or the last name in its breadcrumb;
 * - a header line "Lotte Bakker, geboren 04-07-2017";
 * - a header band of unlabelled pieces: a name, a date and perhaps the group.
 * A date is a birth date only when labelled so or when it stands beside the name in an
 * identity block. One pupil per page: a list of pupils, or two readings that disagree,
 * give no identity at all. A wrong key is worse than none.
 */
import { findDates } from '../dates';
import { fold } from '../text';
import { canonicalName } from '../privacy/pupil-key';
import { BORN_INLINE, OPP_SIGNALS, OTHER_PEOPLE, PUPIL_TERMS, TUSSENVOEGSELS, type PupilPart } from '../terms/pupil-terms';
import { candidateTexts, fieldText, findLabelledFields, headerBands, withPageLists, type Field } from './labelled-fields';
import { isSkipped, subtreeText, textLongerThan } from './dom-text';

export { PUPIL_TERMS };

export interface PupilOnPage {
  name: string;
  /** ISO birth date. */
  birth: string;
  group: string | null;
  /** The element showing the name, to place the on-page badge beside it. */
  anchor: Element;
}

const NAME_LIKE = /^[\p{L}][\p{L}'’ .,-]{1,60}$/u;
const SEPARATORS = /^[\s,;:·•|()\-–—/]+|[\s,;:·•|()\-–—/]+$/g;
const GROUP = /\bgroep\s*(\d{1,2}[a-z]?)\b/i;

/** The name in `text`, or null: letters only, two to six words, written as names are. */
export function nameIn(text: string): string | null {
  const name = text
    .replace(/^\s*(leerling|naam)\s*:\s*/i, '')
    .replace(SEPARATORS, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!NAME_LIKE.test(name) || /\d/.test(name)) return null;
  const words = name.replace(/,/g, ' ').split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 6) return null;
  // Every word capitalised, except a surname particle ("de", "van der"); two names at least.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  return capitalised.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || TUSSENVOEGSELS.has(w.toLowerCase())) ? name : null;
}

function okDates(text: string): string[] {
  return findDates(text).flatMap((d) => (d.ok ? [d.iso] : []));
}

/** The heading, legend or caption a label stands under (to skip a parent's "Naam"). */
function sectionOf(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    const legend = node.tagName === 'FIELDSET' ? node.querySelector(':scope > legend') : null;
    if (legend) return fold(legend.textContent ?? '');
    let sib = node.previousElementSibling;
    for (let i = 0; sib && i < 12; i++, sib = sib.previousElementSibling) {
      if (/^(H[1-6]|LEGEND|CAPTION)$/.test(sib.tagName) || sib.getAttribute('role') === 'heading') return fold(sib.textContent ?? '');
    }
  }
  return '';
}

const aboutSomeoneElse = (f: Field<PupilPart>) => OTHER_PEOPLE.test(fold(f.label)) || OTHER_PEOPLE.test(sectionOf(f.labelEl ?? f.anchor));

/** A name near a labelled birth date: the heading or bold text of the same block. */
function nameNear(label: Element): { name: string; el: Element } | null {
  let block: Element | null = label.parentElement;
  for (let depth = 0; block && depth < 5 && block.tagName !== 'BODY'; depth++, block = block.parentElement) {
    if (textLongerThan(block, 300)) break;
    for (const el of Array.from(block.querySelectorAll('h1, h2, h3, h4, [role=heading], strong, b, [class*=naam i], [class*=name i]'))) {
      if (el.contains(label) || !(el.compareDocumentPosition(label) & 4)) continue;
      const name = nameIn(el.textContent ?? '');
      if (name) return { name, el };
    }
  }
  return null;
}

/** The last name-like item of the breadcrumb, or the page's <h1> when it is a name. */
function nameOfPage(doc: Document): { name: string; el: Element } | null {
  const crumbs = Array.from(doc.querySelectorAll('nav[aria-label*=crumb i] li, nav[aria-label*=kruimel i] li, nav[aria-label*=pad i] li, [class*=crumb i] li, [aria-current=page]'));
  for (const el of crumbs.reverse()) {
    const name = nameIn(el.textContent ?? '');
    if (name) return { name, el };
  }
  const h1 = doc.querySelector('h1');
  const name = h1 ? nameIn(h1.textContent ?? '') : null;
  return name && h1 ? { name, el: h1 } : null;
}

interface Reading {
  name: string;
  birth: string;
  group: string | null;
  anchor: Element;
}

function fromFields(doc: Document): Reading[] | null {
  const fields = findLabelledFields<PupilPart>(doc, { dictionary: 'pupil', terms: PUPIL_TERMS }).filter((f) => !aboutSomeoneElse(f));
  // A column of names or birth dates is a list of pupils: it names no one in particular.
  const single = fields.filter((f) => f.shape !== 'column');
  const birthFields = single.filter((f) => f.part === 'geboortedatum').map((f) => ({ f, dates: okDates(fieldText(f)) })).filter((b) => b.dates.length === 1);
  const births = new Set(birthFields.map((b) => b.dates[0]!));
  if (births.size > 1) return null;
  const labelledBirth = birthFields[0];
  const groupField = single.find((f) => f.part === 'groep');
  const groupOf = (text: string) => GROUP.exec(text)?.[1] ?? (groupField ? fieldText(groupField) || null : null);
  const out: Reading[] = [];
  for (const f of single.filter((x) => x.part === 'naam')) {
    const value = fieldText(f);
    const dates = okDates(value);
    const at = findDates(value)[0];
    if (dates.length === 1 && at) {
      // "Ravi Jansen, 03-04-2016": the name before the date is the pupil's, the date theirs.
      const text = value.slice(0, value.search(/\d/));
      const name = nameIn(text);
      if (name) out.push({ name, birth: dates[0]!, group: groupOf(value), anchor: f.anchor });
    } else if (dates.length === 0 && labelledBirth) {
      const name = nameIn(value);
      if (name) out.push({ name, birth: labelledBirth.dates[0]!, group: groupOf(''), anchor: f.anchor });
    }
  }
  if (out.length === 0 && labelledBirth) {
    const near = nameNear(labelledBirth.f.labelEl ?? labelledBirth.f.anchor) ?? nameOfPage(doc);
    if (near) out.push({ name: near.name, birth: labelledBirth.dates[0]!, group: groupOf(''), anchor: near.el });
  }
  return out;
}

/** "Lotte Bakker, geboren 04-07-2017, groep 7" in a header. */
function fromBornLine(doc: Document): Reading[] {
  const out: Reading[] = [];
  for (const node of candidateTexts(doc, 'pupil')) {
    const text = node.nodeValue ?? '';
    if (!BORN_INLINE.test(text)) continue;
    const block = node.parentElement?.closest('div, p, header, section, td, li, h1, h2') ?? node.parentElement;
    if (!block || block.closest('[data-opp-wijzer]')) continue;
    // Block elements run together in textContent ("Bakkergeboren"): read with spaces.
    const blockText = subtreeText(block);
    const afterBorn = (s: string) => s.slice(s.search(BORN_INLINE) >= 0 ? s.search(BORN_INLINE) : s.length);
    const birth = [...okDates(afterBorn(text)), ...okDates(afterBorn(blockText))][0];
    if (!birth) continue;
    const nameEl = block.querySelector('h1, h2, h3, h4, strong, b, [class*=naam], [class*=name]');
    const before = nameIn(blockText.slice(0, Math.max(0, blockText.search(BORN_INLINE))));
    // The name in this block, or the heading of the header around it (the line may be wrapped).
    const near = nameIn(nameEl?.textContent ?? '') ? null : before ? null : nameNear(node.parentElement!);
    const name = nameIn(nameEl?.textContent ?? '') ?? before ?? near?.name;
    if (name) out.push({ name, birth, group: GROUP.exec(blockText)?.[1] ?? null, anchor: near?.el ?? nameEl ?? block });
  }
  return out;
}

/**
 * A header band of unlabelled pieces: one name, one date, perhaps "Groep 7". Only in the
 * page's header (a <header>, role=banner, or the first blocks of the page).
 */
function fromBand(doc: Document): Reading[] {
  const body = doc.body;
  const tops = [...headerBands(doc, 'pupil'), ...Array.from(body.children).slice(0, 3)];
  const out: Reading[] = [];
  for (const band of tops) {
    if (isSkipped(band) || textLongerThan(band, 160)) continue;
    const leaves = Array.from(band.querySelectorAll('*')).filter((el) => el.children.length === 0 && (el.textContent ?? '').trim());
    if (leaves.length < 2 || leaves.length > 6) continue;
    const names = leaves.filter((el) => nameIn(el.textContent ?? ''));
    const dates = leaves.filter((el) => {
      const text = (el.textContent ?? '').trim();
      return okDates(text).length === 1 && text.replace(/[\d\-/.\s]/g, '') === '';
    });
    const rest = leaves.filter((el) => !names.includes(el) && !dates.includes(el));
    if (names.length !== 1 || dates.length !== 1 || !rest.every((el) => /^(groep|klas)\s*\w{1,3}$/i.test((el.textContent ?? '').trim()))) continue;
    const group = rest.map((el) => GROUP.exec(el.textContent ?? '')?.[1]).find(Boolean) ?? null;
    out.push({ name: nameIn(names[0]!.textContent ?? '')!, birth: okDates(dates[0]!.textContent ?? '')[0]!, group, anchor: names[0]! });
  }
  return out;
}

/** Every reading must name the same pupil, or the page names none. */
function agreed(readings: Reading[]): Reading | null {
  const first = readings[0];
  if (!first) return null;
  const same = (r: Reading) => canonicalName(r.name) === canonicalName(first.name) && r.birth === first.birth;
  return readings.every(same) ? first : null;
}

export function readPupil(doc: Document): PupilOnPage | null {
  if (!doc.body) return null;
  // Called alone (ParnasSys reads the pupil before its check): one walk serves every shape.
  return withPageLists(doc, () => {
    const fields = fromFields(doc);
    if (fields === null) return null;
    const readings = fields.length ? fields : fromBornLine(doc);
    const found = agreed(readings.length ? readings : fromBand(doc));
    return found ? { ...found, group: found.group } : null;
  }, ['pupil']);
}

export function oppSignals(doc: Document): ('cluster' | 'otv' | 'document')[] {
  const text = fold(doc.body ? subtreeText(doc.body) : '');
  return OPP_SIGNALS.filter((s) => s.pattern.test(text)).map((s) => s.id);
}
