/**
 * The pupil a page is about: name, birth date and group. Used only in memory, to compute
 * the pupil key (lib/privacy/pupil-key.ts); never stored, never shown in evidence.
 *
 * A page says who it is about where it says who it is about, and each of those places is read
 * by meaning, not by layout:
 * - labelled fields: "Naam" and "Geboortedatum" (a details table, a `<dl>`, a form, an
 *   `<abbr title="Geboortedatum">Geb.dat.</abbr>`), or a "Leerling" field whose value holds
 *   name and date ("Ravi Jansen, 03-04-2016", "Anouk de Boer (12-01-2017)");
 * - an identity line: one short text or block that holds a name and a birth date together,
 *   in pieces divided by `|`, `·`, `•`, `;`, a dash or a comma before a keyword: "Noor van
 *   Dijk | geb. 7-4-2015 | groep 5", "Leerling: Zoë Kramer · geboortedatum 17-06-2017 ·
 *   startdatum OPP …", "Lotte Bakker, geboren 04-07-2017, groep 7";
 * - a name with its date in brackets where the page names itself: the breadcrumb's last item
 *   ("Dijk, Noor van (14-3-2017)"), the page's heading;
 * - a labelled birth date with the name as the title of its block (a side card, a header),
 *   the page's heading ("Ontwikkelingsperspectief – Daan Bakker") or its breadcrumb;
 * - a header band of unlabelled pieces: a name, a date and perhaps the group.
 * A date is a birth date only when labelled so, or when it stands with the name alone in such a
 * place: never a start, enrolment or evaluation date. One pupil per page: a list of pupils, two
 * birth dates, or two readings that disagree give no identity at all. A wrong key is worse than
 * none. Sections about other people (parents, siblings, staff: outline.ts names them) are left out.
 */
import { findDates, readDateText } from '../dates';
import { fold } from '../text';
import { canonicalName } from '../privacy/pupil-key';
import { BIRTH_LABEL, BORN_INLINE, NAME_PART_TERMS, NOT_A_NAME, OPP_SIGNALS, OTHER_PEOPLE, PUPIL_TERMS, TUSSENVOEGSELS, type PupilPart } from '../terms/pupil-terms';
import { candidateTexts, headerBands, namingElements, pageOutline, withPageLists } from './page-lists';
import { fieldText } from './field-text';
import { findLabelledFields } from './labelled-fields';
import { isSkipped, subtreeText, textLongerThan } from './dom-text';
import type { Outline } from './outline';

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
/** Words that open a line about the pupil: "Leerling: …", "Naam: …". */
const NAME_PREFIX = /^\s*(leerling|naam|name|pupil|student)\s*:\s*/i;

/** The name in `text`, or null: letters only, two to six words, written as names are. */
export function nameIn(text: string): string | null {
  const name = text
    .replace(NAME_PREFIX, '')
    .replace(SEPARATORS, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!NAME_LIKE.test(name) || /\d/.test(name)) return null;
  const words = name.replace(/,/g, ' ').split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 6) return null;
  // The app's own words and people's roles are never part of a pupil's name.
  if (words.some((w) => NOT_A_NAME.has(fold(w).replace(/[.:]$/, '')))) return null;
  // Every word capitalised, except a surname particle ("de", "van der"); two names at least.
  // A name in capitals ("DIJK, Noor van") is a name too.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  return capitalised.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || TUSSENVOEGSELS.has(w.toLowerCase())) ? name : null;
}

/**
 * The name in a title that also says what the page is: "Ontwikkelingsperspectief – Daan
 * Bakker", "OPP: Lotte Bakker", "Daan Bakker | Passend onderwijs". The one piece that is a name.
 */
export function nameInTitle(text: string): string | null {
  const whole = nameIn(text) ?? nameIn(withoutPageWords(text));
  if (whole) return whole;
  const pieces = text.split(/\s+[–—-]\s+|\s*[|:·•]\s*/).map((p) => nameIn(p) ?? nameIn(withoutPageWords(p))).filter((n): n is string => n !== null);
  return pieces.length === 1 ? pieces[0]! : null;
}

/** "Ontwikkelingsperspectiefplan Lotte Vermeulen", "Dossier van Daan Bakker": the name without the page's words before it. */
function withoutPageWords(text: string): string {
  const words = text.trim().split(/\s+/);
  let i = 0;
  while (i < words.length && NOT_A_NAME.has(fold(words[i]!).replace(/[.:]$/, ''))) i++;
  if (i === 0) return text;
  while (i < words.length && /^(van|voor|de|het)$/i.test(words[i]!)) i++;
  return words.slice(i).join(' ');
}

function okDates(text: string): string[] {
  return findDates(text).flatMap((d) => (d.ok ? [d.iso] : []));
}

interface Reading {
  name: string;
  birth: string;
  group: string | null;
  anchor: Element;
}

/**
 * Whether `node` stands in a section about other people than the pupil (parents, siblings,
 * staff). Only a section's name that is a topic counts: a line about the pupil that mentions
 * their teacher ("Groep 7 · leerkracht …") names no section about the teacher.
 */
function aboutSomeoneElse(outline: Outline, node: Node): boolean {
  return outline.sectionsOf(node).some((s) => s.folded.length <= 40 && !/\d/.test(s.folded) && OTHER_PEOPLE.test(s.folded));
}

/** A name near a labelled birth date: the heading, title or bold text of the same block. */
function nameNear(label: Element): { name: string; el: Element } | null {
  let block: Element | null = label.parentElement;
  for (let depth = 0; block && depth < 10 && block.tagName !== 'BODY'; depth++, block = block.parentElement) {
    if (textLongerThan(block, 300)) break;
    for (const el of Array.from(block.querySelectorAll('h1, h2, h3, h4, h5, [role=heading], strong, b, [class*=naam i], [class*=name i], [class*=title i], [class*=titel i], [class*=header i]'))) {
      if (el.contains(label) || !(el.compareDocumentPosition(label) & 4)) continue;
      const name = nameInTitle(blockLine(el));
      if (name) return { name, el };
    }
    // Whatever its tag and class: the first text of the block, above the birth date, is its title.
    const first = firstTextElement(block);
    if (first && !first.contains(label) && first.compareDocumentPosition(label) & 4) {
      const name = nameInTitle(blockLine(first));
      if (name) return { name, el: first };
    }
  }
  return null;
}

/** The element of the first text in `block` (our layer and hidden parts left out). */
function firstTextElement(block: Element): Element | null {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n.nodeValue ?? '').trim() && n.parentElement && !isSkipped(n.parentElement)) return n.parentElement;
  }
  return null;
}

/** The last name-like item of the breadcrumb, or the page's first heading when it holds a name. */
function nameOfPage(doc: Document): { name: string; el: Element } | null {
  const crumbs = breadcrumbItems(doc);
  for (const el of [...crumbs].reverse()) {
    const name = nameInTitle(withoutBrackets(blockLine(el)));
    if (name) return { name, el };
  }
  for (const h of topHeadings(doc, 2)) {
    const name = nameInTitle(blockLine(h));
    if (name) return { name, el: h };
  }
  return null;
}

const CRUMBS = /crumb|kruimel|\bpad\b/i;

/**
 * The items of the page's breadcrumb: a nav, list or bar named or classed a breadcrumb. Found
 * from the page's nav and list elements (a tag lookup, not a search of every class on the page).
 */
function breadcrumbItems(doc: Document): Element[] {
  const trails: Element[] = [];
  for (const tag of ['nav', 'ol', 'ul']) {
    for (const el of Array.from(doc.getElementsByTagName(tag))) {
      if (trails.some((t) => t.contains(el))) continue;
      if (CRUMBS.test(el.getAttribute('aria-label') ?? '') || CRUMBS.test(el.getAttribute('class') ?? '')) trails.push(el);
    }
  }
  const items = trails.flatMap((t) => {
    const lis = Array.from(t.getElementsByTagName('li'));
    return lis.length ? lis : Array.from(t.children).filter((c) => /^(A|SPAN)$/.test(c.tagName));
  });
  return items.filter((el) => el.getElementsByTagName('li').length === 0);
}

/**
 * The page's first headings of level 1 and 2, in page order: taken from the elements the page
 * read found already (page-lists.ts), not looked up in a walk of their own.
 */
function topHeadings(doc: Document, count: number): Element[] {
  return namingElements(doc, 'pupil').filter((el) => el.tagName === 'H1' || el.tagName === 'H2').slice(0, count);
}

const withoutBrackets = (text: string) => text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').trim();

/**
 * An identity line: a short text holding a name and a birth date, in pieces. The birth date is
 * the piece labelled so ("geb. 7-4-2015", "geboortedatum …"), or, with `bare`, the one date in
 * brackets or pieces beside the name when no other date stands in the line.
 */
export function identityInLine(text: string, bare: boolean): { name: string; birth: string; group: string | null } | null {
  const line = piecesOf(text);
  if (!line) return null;
  const birth = line.labelled ?? (bare && line.unlabelled.length === 1 && line.dates === 1 ? line.unlabelled[0]! : null);
  return line.name && birth ? { name: line.name, birth, group: line.group } : null;
}

/** The birth date a line labels so ("geb. 7-4-2015"), whoever the line names. */
function labelledBirthIn(text: string): string | null {
  return piecesOf(text)?.labelled ?? null;
}

/**
 * A line in pieces: at |, ·, •, ;, a spaced dash, brackets, and a comma before a keyword or a
 * digit. The name is the first piece that is one; a date is a birth date when its piece says so.
 */
function piecesOf(text: string): { name: string | null; labelled: string | null; unlabelled: string[]; dates: number; group: string | null } | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length > 220) return null;
  const pieces = line
    .replace(/\(([^)]*)\)/g, ' | $1 | ')
    .split(/\s*[|·•;]\s*|\s+[–—-]\s+|,\s*(?=(?:geb|geboren|geboortedatum|groep|klas|\d))/i)
    .map((p) => p.trim())
    .filter(Boolean);
  let name: string | null = null;
  let labelled: string | null = null;
  const unlabelled: string[] = [];
  let group: string | null = null;
  for (const piece of pieces) {
    const folded = fold(piece);
    const dates = okDates(piece);
    if (dates.length === 0) {
      name ??= nameIn(piece);
      group ??= GROUP.exec(piece)?.[1] ?? null;
      continue;
    }
    if (BIRTH_LABEL.test(folded)) labelled ??= dates[0]!;
    else if (/^[\d\-/. ]+$|^\d{1,2} [a-z]+\.? \d{4}$/.test(folded)) unlabelled.push(dates[0]!);
    else if (!name) {
      // "Noor van Dijk 14-03-2017": a name and a date in one piece.
      const before = nameIn(piece.slice(0, piece.search(/\d/)));
      if (before) {
        name = before;
        unlabelled.push(dates[0]!);
      }
    }
  }
  return { name, labelled, unlabelled, dates: readDateText(line).dates.length, group };
}

function fromFields(doc: Document, outline: Outline): Reading[] | null {
  const fields = findLabelledFields<PupilPart>(doc, { dictionary: 'pupil', terms: PUPIL_TERMS }).filter(
    (f) => !OTHER_PEOPLE.test(fold(f.label)) && !aboutSomeoneElse(outline, f.labelEl ?? f.anchor),
  );
  // A column of names or birth dates is a list of pupils: it names no one in particular.
  const single = fields.filter((f) => f.shape !== 'column');
  const birthFields = single.filter((f) => f.part === 'geboortedatum').map((f) => ({ f, dates: okDates(fieldText(f)) })).filter((b) => b.dates.length === 1);
  const births = new Set(birthFields.map((b) => b.dates[0]!));
  if (births.size > 1) return null;
  const labelledBirth = birthFields[0];
  const groupField = single.find((f) => f.part === 'groep');
  const groupOf = (text: string) => GROUP.exec(text)?.[1] ?? (groupField ? fieldText(groupField) || null : null);
  const out: Reading[] = [];
  // A name in parts: "Voornaam", "Tussenvoegsel", "Achternaam" (a details table, a form).
  const parts = findLabelledFields(doc, { dictionary: 'pupil', terms: NAME_PART_TERMS }).filter((f) => f.shape !== 'column' && !aboutSomeoneElse(outline, f.labelEl ?? f.anchor));
  const partOf = (p: string) => parts.filter((f) => f.part === p).map((f) => fieldText(f)).filter(Boolean);
  const [given] = partOf('voornaam');
  const [surname] = partOf('achternaam');
  if (given && surname && labelledBirth && partOf('voornaam').length === 1 && partOf('achternaam').length === 1) {
    const name = nameIn(`${given} ${partOf('tussenvoegsel')[0] ?? ''} ${surname}`);
    if (name) out.push({ name, birth: labelledBirth.dates[0]!, group: groupOf(''), anchor: parts[0]!.anchor });
  }
  for (const f of single.filter((x) => x.part === 'naam')) {
    const value = fieldText(f);
    const dates = okDates(value);
    if (dates.length >= 1) {
      // "Ravi Jansen, 03-04-2016", "Zoë Kramer · geboortedatum 17-06-2017 · startdatum OPP …".
      const line = identityInLine(value, true);
      if (line) out.push({ name: line.name, birth: line.birth, group: line.group ?? groupOf(''), anchor: f.anchor });
      else if (labelledBirth && dates.every((d) => d === labelledBirth.dates[0])) {
        const name = nameIn(value.slice(0, value.search(/\d/)));
        if (name) out.push({ name, birth: labelledBirth.dates[0]!, group: groupOf(value), anchor: f.anchor });
      }
    } else if (labelledBirth) {
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

/** The block a text stands in (past inline elements), small enough to be one line about one person. */
function lineBlock(node: Node): Element | null {
  let el = node.parentElement;
  while (el && el.parentElement && el.tagName !== 'BODY' && /^(B|STRONG|EM|I|SPAN|ABBR|SMALL|A|TIME|LABEL|SUP|SUB)$/.test(el.tagName)) el = el.parentElement;
  return el && el.tagName !== 'BODY' && !textLongerThan(el, 240) ? el : null;
}

/** Lines that mark a birth date ("geboren", "geb.", "geboortedatum"), read as identity lines. */
function fromLines(doc: Document, outline: Outline): Reading[] {
  const out: Reading[] = [];
  const seen = new Set<Element>();
  for (const node of candidateTexts(doc, 'pupil')) {
    const text = node.nodeValue ?? '';
    if (!BORN_INLINE.test(text) && !BIRTH_LABEL.test(fold(text))) continue;
    const block = lineBlock(node);
    if (!block || seen.has(block) || block.closest('[data-opp-wijzer]') || aboutSomeoneElse(outline, block)) continue;
    seen.add(block);
    // Block elements run together in textContent ("Bakkergeboren"): read with spaces, the pieces divided.
    const line = identityInLine(blockLine(block), false);
    if (line) {
      const nameEl = Array.from(block.querySelectorAll('*')).find((el) => el.children.length === 0 && nameIn(el.textContent ?? '') !== null) ?? block;
      out.push({ ...line, anchor: nameEl });
      continue;
    }
    // The line holds the date only: the name is the title of the block around it, or the page's.
    const birth = labelledBirthIn(blockLine(block));
    const near = birth ? nameNear(block) : null;
    if (birth && near) out.push({ name: near.name, birth, group: GROUP.exec(subtreeText(block))?.[1] ?? null, anchor: near.el });
  }
  return out;
}

/**
 * A block's text with its parts divided as pieces of a line: block elements, and elements side
 * by side with no space between (a persona's name and its "Geboortedatum: …" line).
 */
function blockLine(block: Element): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    else if (n.nodeType === 1 && !isSkipped(n as Element)) {
      const el = n as Element;
      const title = el.tagName === 'ABBR' ? el.getAttribute('title') : null;
      if (title && BIRTH_LABEL.test(fold(title))) {
        parts.push(` ${title} `);
        return;
      }
      const blockish = !/^(B|STRONG|EM|I|SPAN|ABBR|SMALL|A|TIME|LABEL|BDI|FONT|U)$/.test(el.tagName);
      const touching = el.previousSibling?.nodeType === 1;
      if (blockish || touching) parts.push(' | ');
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
      if (blockish) parts.push(' | ');
    }
  };
  walk(block);
  return parts.join('').replace(/\s+/g, ' ').replace(/(\s*\|\s*)+/g, ' | ').replace(/^\s*\|\s*|\s*\|\s*$/g, '').trim();
}

/** Where the page names itself: the breadcrumb's last items and its first headings, "Name (date)". */
function fromPlaces(doc: Document): Reading[] {
  const out: Reading[] = [];
  const places = [...breadcrumbItems(doc), ...topHeadings(doc, 3)];
  for (const el of places) {
    const line = identityInLine(blockLine(el), true);
    if (line) out.push({ ...line, anchor: el });
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
    const outline = pageOutline(doc)!;
    const fields = fromFields(doc, outline);
    if (fields === null) return null;
    // Every place that says who the page is about, and they must agree.
    const readings = [...fields, ...fromLines(doc, outline), ...fromPlaces(doc)];
    return agreed(readings.length ? readings : fromBand(doc));
  }, ['pupil']);
}

export function oppSignals(doc: Document): ('cluster' | 'otv' | 'document')[] {
  const text = fold(doc.body ? subtreeText(doc.body) : '');
  return OPP_SIGNALS.filter((s) => s.pattern.test(text)).map((s) => s.id);
}
