/**
 * Reads the pupil's dossier of documents in ParnasSys (the leerlingendossier): for each document,
 * whether its name, type or folder says it is the OPP, and the dates it shows. Nothing of its
 * name is kept: only "is the OPP" and dates leave this file (docs/regels.md#topdossier).
 *
 * Any markup: a table (one row a document, a kind column, group rows "OPP"), cards or list items,
 * a tree of folders (a folder "OPP" or "2025-2026" holds its files; nested lists, ARIA trees,
 * <details>). The place is read by the page outline (outline.ts): a section or page named for the
 * dossier (DOCUMENTS_PLACE), never a section about someone else (a sibling's documents).
 */
import { daysAgoIn, parseDate, readDateText, type DaysAgo } from '../dates';
import { fold } from '../text';
import { cssPath, isSkipped } from './dom-text';
import type { Outline } from './outline';
import { ABOUT_THE_OPP, DELETED_DOCUMENT, DOCUMENT_FILES, DOCUMENTS_PLACE, OPP_DOCUMENT, OTHER_PERSON } from '../terms/document-terms';

export interface DossierDocument {
  /** Its name, type or folder says it is the OPP (and not a paper about it). */
  opp: boolean;
  /** Whole dates it shows (ISO), the pupil's birth date left out. */
  dates: string[];
  /** Months without a day ("september 2025"), as their first day. */
  months: string[];
  /** School years it or its folder names ("2025-2026"), as their first calendar year. */
  schoolYears: number[];
  /** Relative dates ("gisteren", "3 dagen geleden"): days before the page was shown. */
  ago: DaysAgo[];
  /** It shows a date-like text OPP-wijzer cannot place ("12 sep", "31-02-2025"). */
  unreadable: boolean;
  where: string;
}

export interface DocumentsReading {
  documents: DossierDocument[];
  /** Evidence locator → element, for markers and focus. */
  anchors: Map<string, Element>;
  /** The list's place, for evidence. */
  where: string;
  /** The place's name as the page shows it. */
  label: string;
}

/** Elements that are one item of a list, in any markup. */
const ITEM = 'tr, [role=row], li, [role=listitem], [role=treeitem], article, [role=article]';
/** Sub-lists of an item (a folder's files): their text is theirs, not the folder's. */
const SUBLIST = 'ul, ol, [role=group], table, [role=tree], [role=grid]';
const CHROME = 'nav, footer, header, [role=navigation], [role=contentinfo], [role=banner]';
const NOT_CONTENT = '[data-opp-wijzer], script, style, template, noscript, option';
/** Words that label a date in a card's line: "Toegevoegd: 12-09-2025" names no document. */
const DATE_LABEL = /^(datum|documentdatum|toegevoegd|geupload|upload(datum)?|aangemaakt|gewijzigd|laatst gewijzigd|gemaakt|opgeslagen|ingevoerd|op|added|uploaded|created|modified|updated|date|on)\b/;

const text = (n: Node) => (n.textContent ?? '').replace(/\s+/g, ' ').trim();

function skipped(el: Element): boolean {
  if (el.closest(NOT_CONTENT)) return true;
  // A document's name is often a button that opens it: its text counts.
  return el.tagName !== 'BUTTON' && isSkipped(el);
}

/** Whether a text shows a date of any kind, readable or not. */
function dated(raw: string): boolean {
  if (daysAgoIn(raw)) return true;
  if (!/\d/.test(raw)) return false;
  const r = readDateText(raw);
  return r.dates.length > 0 || r.months.length > 0 || r.loose.length > 0;
}

/** The text's only date is the pupil's birth date: the pupil's header, no document. */
function onlyBirth(raw: string, birth: string | null): boolean {
  if (!birth) return false;
  const r = readDateText(raw);
  return r.dates.length > 0 && r.dates.every((d) => d.result.ok && d.result.iso === birth) && r.months.length === 0 && r.loose.length === 0;
}

/** A date that names a day or month, not only a school year. */
function hasDay(raw: string): boolean {
  const r = readDateText(raw);
  return r.dates.length > 0 || r.months.length > 0 || daysAgoIn(raw) !== null;
}

/** Where documents may be read: the sections named for the dossier, or the page when it is named so. */
function scopeOf(outline: Outline, pageNamed: boolean): ((node: Node) => boolean) | null {
  const named = outline.sections.some((s) => DOCUMENTS_PLACE.test(s.folded) && !OTHER_PERSON.test(s.folded));
  if (!named && !pageNamed) return null;
  return (node) => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el || el.closest(CHROME)) return false;
    for (const s of outline.sectionsOf(node)) {
      if (OTHER_PERSON.test(s.folded)) return false;
      if (DOCUMENTS_PLACE.test(s.folded)) return true;
    }
    return !named && pageNamed;
  };
}

/** The words a node's own text holds, without its sub-lists (a folder's name, not its files'). */
function ownText(el: Element): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1 && !(c as Element).matches(SUBLIST) && !(c as Element).matches(NOT_CONTENT)) walk(c);
    }
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Texts a document carries in attributes: an icon's title ("PDF-document"), a download's file name. */
function attributeTexts(item: Element): string[] {
  const out: string[] = [];
  for (const el of [item, ...Array.from(item.querySelectorAll('[title], [aria-label], [download], img[alt]'))]) {
    for (const a of ['title', 'aria-label', 'download', 'alt']) {
      const v = el.getAttribute(a);
      if (v && v.length <= 200) out.push(v);
    }
  }
  return out;
}

/** The names of the folders and groups an item is in, inside the dossier's place. */
function folderNames(item: Element, outline: Outline, top: Element): string[] {
  const names: string[] = [];
  for (const s of outline.sectionsOf(item)) {
    if (DOCUMENTS_PLACE.test(s.folded)) break;
    if (!s.box || s.box !== item) names.push(s.name);
  }
  // A tree of plain lists or <details>: the folder's own words.
  for (let a = item.parentElement; a && a !== top; a = a.parentElement) {
    if (a.matches('li, [role=treeitem]')) names.push(ownText(a));
    else if (a.tagName === 'DETAILS') names.push(text(a.querySelector(':scope > summary') ?? a).slice(0, 120));
    if (a.matches('[role=group], [role=tree]')) names.push(a.getAttribute('aria-label') ?? '');
  }
  // A table grouped by rows that span it ("OPP", "Schooljaar 2025-2026"): the group row above.
  if (item.matches('tr, [role=row]')) {
    for (let r = item.previousElementSibling; r; r = r.previousElementSibling) {
      const cells = r.querySelectorAll('td, th, [role=gridcell], [role=cell], [role=rowheader]');
      if (cells.length === 1 && text(r).length > 0) {
        names.push(text(r));
        break;
      }
    }
  }
  return names.filter((n) => n.length > 0);
}

/** Whether an element holds words that could name a document, besides dates and their labels. */
function namesSomething(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const folded = fold(n.nodeValue ?? '').replace(/[:*]+$/, '');
    if (folded.length < 3 || !/\p{L}{3}/u.test(folded) || DATE_LABEL.test(folded)) continue;
    if (dated(folded) && folded.replace(/[\d\s\-/.:]+/g, '').length < 4) continue;
    return true;
  }
  return false;
}

/**
 * The item a dated text belongs to: its row, list item or tree item; else the card, found as the
 * innermost box whose parent holds two or more such boxes, each dated and naming something.
 */
function itemOf(el: Element, inScope: (n: Node) => boolean, datedBoxes: Set<Element>): Element {
  const marked = el.closest(ITEM);
  if (marked && inScope(marked)) return marked;
  let top = el;
  for (let cur = el; cur.parentElement && cur.parentElement.tagName !== 'BODY' && inScope(cur.parentElement); cur = cur.parentElement) {
    const siblings = Array.from(cur.parentElement.children).filter((c) => datedBoxes.has(c) && namesSomething(c));
    if (siblings.length >= 2 && siblings.includes(cur)) return cur;
    top = cur.parentElement;
  }
  return top;
}

const SCHOOL_YEAR_TEXT = /(?<![\d\-/.])(20\d{2})\s?[-/]\s?(20\d{2})(?![\d\-/.])|\bschooljaar\s+(\d{2})[-/](\d{2})\b/g;

function schoolYearsIn(folded: string): number[] {
  const out: number[] = [];
  for (const m of folded.matchAll(SCHOOL_YEAR_TEXT)) {
    const first = m[1] ? Number(m[1]) : 2000 + Number(m[3]);
    const second = m[2] ? Number(m[2]) : 2000 + Number(m[4]);
    if (second === first + 1) out.push(first);
  }
  return out;
}

interface DateTexts {
  dates: string[];
  months: string[];
  schoolYears: number[];
  ago: DaysAgo[];
  loose: number;
  impossible: boolean;
}

function datesIn(raw: string, pupilBirth: string | null): DateTexts {
  const reading = readDateText(raw);
  const ago = daysAgoIn(reading.folded);
  return {
    dates: reading.dates.filter((d) => d.result.ok && d.result.iso !== pupilBirth).map((d) => (d.result.ok ? d.result.iso : '')),
    months: reading.months.map((m) => m.iso),
    schoolYears: schoolYearsIn(reading.folded),
    ago: ago ? [ago] : [],
    loose: reading.loose.filter((l) => schoolYearsIn(l.text).length === 0).length,
    impossible: reading.dates.some((d) => !d.result.ok),
  };
}

const placed = (d: DateTexts) => d.dates.length + d.months.length + d.schoolYears.length + d.ago.length > 0;

/** `item`: the document's element; `twins`: its other parts (a grid's row split over containers). */
function documentOf(twins: Element[], folders: string[], pupilBirth: string | null): DossierDocument {
  const item = twins[0]!;
  const line = twins.map(ownText).join(' ');
  const own = [line, ...twins.flatMap(attributeTexts)].join(' ');
  const ownFolded = fold(own);
  const folderFolded = fold(folders.join(' | '));
  const about = ABOUT_THE_OPP.test(ownFolded);
  const opp = !about && (OPP_DOCUMENT.test(ownFolded) || OPP_DOCUMENT.test(folderFolded));
  let found = datesIn(line, pupilBirth);
  // A <time datetime="2025-09-12"> says the date exactly, whatever its text shows ("12 sep").
  const times = twins.flatMap((t) => Array.from(t.querySelectorAll('time[datetime]'))).map((t) => parseDate(t.getAttribute('datetime') ?? '')).filter((d) => d.ok).map((d) => (d.ok ? d.iso : ''));
  // Without a date of its own, a document takes the one of the group it is listed under, the
  // nearest first: a day of a timeline ("Gisteren"), a folder's month or school year.
  if (!placed(found) && times.length === 0 && found.loose === 0 && !found.impossible) {
    const group = folders.map((f) => datesIn(f, pupilBirth)).find((d) => placed(d) && (d.dates.length + d.months.length + d.ago.length > 0));
    if (group) found = { ...group, schoolYears: [] };
  }
  const schoolYears = [...new Set([...found.schoolYears, ...schoolYearsIn(folderFolded)])];
  return {
    opp,
    dates: [...new Set([...found.dates, ...times])].sort(),
    months: found.months,
    schoolYears,
    ago: found.ago,
    unreadable: found.impossible || (!placed(found) && times.length === 0 && found.loose > 0),
    where: cssPath(item),
  };
}

/**
 * One row of a grid may be split over containers (a pinned name column beside the scrolled
 * dates): ARIA gives each the same aria-rowindex in one grid, so those are one document.
 */
function joinTwins(items: Element[]): Map<Element | string, Element[]> {
  const out = new Map<Element | string, Element[]>();
  const grids = new Map<Element, number>();
  for (const item of items) {
    const index = item.getAttribute('aria-rowindex');
    const grid = index && item.matches('[role=row]') ? item.closest('[role=grid], [role=treegrid], [role=table]') : null;
    if (grid && !grids.has(grid)) grids.set(grid, grids.size);
    const key = grid ? `${grids.get(grid)}|${index}` : item;
    out.set(key, [...(out.get(key) ?? []), item]);
  }
  return out;
}

/** The page shows the document as deleted: in the bin, or its name struck through. */
function deleted(item: Element): boolean {
  return DELETED_DOCUMENT.test(fold(ownText(item))) || item.querySelector('del, s, strike') !== null;
}

/** A header row, or a row with one cell across the table: a group's name, no document. */
function groupRow(el: Element): boolean {
  if (!el.matches('tr, [role=row]')) return false;
  const cells = Array.from(el.querySelectorAll('td, [role=gridcell], [role=cell]'));
  if (cells.length === 0) return true;
  // One cell over several columns; a grid's pinned column alone is one cell of a split row.
  return cells.length === 1 && (Number(cells[0]!.getAttribute('colspan') ?? 1) > 1 || Number(cells[0]!.getAttribute('aria-colspan') ?? 1) > 1);
}

/** List items with no date of their own and no items inside: a file in a folder, a line under a day. */
function undatedLeaves(doc: Document, inScope: (n: Node) => boolean): Element[] {
  return Array.from(doc.body.querySelectorAll(ITEM)).filter(
    (el) => !skipped(el) && inScope(el) && !el.querySelector(ITEM) && !groupRow(el) && namesSomething(el),
  );
}

/**
 * The documents of the pupil's dossier, or null when the page has no place for them.
 * `pageLevel`: the names the page gives itself (title, h1, selected tab, breadcrumb), folded.
 */
export function readDocuments(doc: Document, outline: Outline, pageLevel: readonly string[], pupilBirth: string | null): DocumentsReading | null {
  if (!doc.body) return null;
  const inScope = scopeOf(outline, pageLevel.some((n) => DOCUMENTS_PLACE.test(n) && !OTHER_PERSON.test(n)));
  if (!inScope) return null;
  const datedTexts: Element[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const raw = node.nodeValue ?? '';
    if (!el || raw.trim() === '' || skipped(el) || !inScope(node)) continue;
    if (dated(raw) && !onlyBirth(raw, pupilBirth)) datedTexts.push(el);
  }
  for (const time of Array.from(doc.querySelectorAll('time[datetime]'))) if (!skipped(time) && inScope(time)) datedTexts.push(time);
  // Every box that holds a dated text: to tell a list of cards from a card's lines.
  const datedBoxes = new Set<Element>();
  for (const el of datedTexts) for (let a: Element | null = el; a && a.tagName !== 'BODY' && !datedBoxes.has(a); a = a.parentElement) datedBoxes.add(a);
  const items: Element[] = [];
  for (const el of [...datedTexts, ...undatedLeaves(doc, inScope)]) {
    const item = itemOf(el, inScope, datedBoxes);
    // A header row of a table is no document.
    if (item.matches('tr, [role=row]') && item.querySelector('th, [role=columnheader]') && !item.querySelector('td, [role=gridcell], [role=cell]')) continue;
    if (!items.includes(item)) items.push(item);
  }
  // A folder that holds dated files is no document itself, unless its own line has a date (a
  // school year in its name, "Schooljaar 2025-2026", is its files').
  const kept = items
    .filter((item) => !items.some((other) => other !== item && item.contains(other)) || hasDay(ownText(item)))
    .filter((item) => !deleted(item));
  const anchors = new Map<string, Element>();
  const documents = [...joinTwins(kept).values()].map((twins) => {
    const d = documentOf(twins, folderNames(twins[0]!, outline, doc.body), pupilBirth);
    anchors.set(d.where, twins[0]!);
    return d;
  });
  const place = outline.sections.find((s) => DOCUMENTS_PLACE.test(s.folded) && !OTHER_PERSON.test(s.folded));
  // No document, under a name as wide as "Leerlingdossier" or "Archief": a pupil's card, not a
  // list of files that is empty. Only a place named for files says the list is empty.
  const namedForFiles = outline.sections.some((s) => DOCUMENT_FILES.test(s.folded) && !OTHER_PERSON.test(s.folded)) || pageLevel.some((n) => DOCUMENT_FILES.test(n));
  if (documents.length === 0 && !namedForFiles) return null;
  const anchor = place?.nameEl ?? place?.box ?? doc.body;
  anchors.set(cssPath(anchor), anchor);
  return { documents, anchors, where: cssPath(anchor), label: place?.name ?? pageLevel.find((n) => DOCUMENTS_PLACE.test(n)) ?? '' };
}

