/**
 * Reads ParnasSys pupil pages: the saved onderwijsarrangementen (a list with a column per
 * field, label/value blocks, cards, a period in one text), the add/edit form, a ROD message of
 * type "Inschrijving PO aanleveren", and the list of ROD messages. ParnasSys is most likely
 * Wicket: generated ids, so only meaning is used.
 *
 * Every reading is scoped by the page's outline (outline.ts): arrangements are read only in a
 * section named for Passend onderwijs / onderwijsarrangementen, also a hidden tab panel (or in a
 * table whose own headers say so, or, when the page itself is named so, anywhere but a section
 * named for something else: Schoolloopbaan, Inschrijving, Absentie, Notities…). Dates elsewhere
 * on the page are another section's and change nothing.
 *
 * An empty list is a reading, not a failure to read: a row "Geen resultaten gevonden", a
 * sentence ("Er zijn geen lopende onderwijsarrangementen"), or only the add button; but only
 * when the arrangements' section shows no date besides the pupil's birth date. A section that
 * shows a date may list an arrangement in a way this reader does not know: then it says "can't
 * tell" (listUnreadable), never "none".
 */
import { findDates } from '../dates';
import { readPeriod } from '../period-text';
import { fold } from '../text';
import { cssPath, isSkipped } from './dom-text';
import { fieldText } from './field-text';
import { findLabelledFields, type Field } from './labelled-fields';
import { pageOutline } from './page-lists';
import { pageLevelNames, pageNames } from './page-names';
import type { Outline, Section } from './outline';
import { ARRANGEMENT_TERMS, type ArrangementPart } from '../terms/parnassys-terms';
import {
  ARRANGEMENT_FORM, ARRANGEMENT_WORD, ARRANGEMENTS_SECTION, EMPTY_CELL, EMPTY_LIST, NOT_AN_ARRANGEMENT_DATE, OPP_PERSPECTIVE, OTHER_SECTIONS, ROD_MESSAGE,
} from '../terms/parnassys-pages';
import type { Term } from '../terms/term';
import type { Arrangement } from '../facts/parnassys-facts';

export interface ParnassysReading {
  kind: 'arrangements' | 'rod' | null;
  arrangements: Arrangement[] | null;
  formOpen: boolean;
  listWhere?: string;
  listLabel?: string;
  /** The page shows dates where the arrangements would be, in a form this reader cannot follow. */
  listUnreadable?: boolean;
  rodPerspectives: { begin: string; end: string }[] | null;
  /** The page lists ROD messages: it is about none of them in particular. */
  rodList?: boolean;
  /** On one ROD message: where its type ("Inschrijving PO aanleveren") stands, for evidence when it lacks the OPP. */
  rodWhere?: string;
  rodLabel?: string;
  anchors: Map<string, Element>;
}

const text = (n: Node) => (n.textContent ?? '').replace(/\s+/g, ' ').trim();

function valuesOf(f: Field<ArrangementPart>): string[] {
  return f.shape === 'column' ? f.region.map(text) : [fieldText(f)];
}

/** Zips the k-th value of each part into the k-th arrangement. */
function arrangementsFrom(fields: Field<ArrangementPart>[]): Arrangement[] {
  const of = (part: ArrangementPart) => fields.filter((f) => f.part === part);
  const begins = of('begin');
  const beginValues = begins.flatMap(valuesOf);
  const endValues = of('einde').flatMap(valuesOf);
  const statusValues = of('status').flatMap(valuesOf);
  const anchorsOf = begins.flatMap((f) => (f.shape === 'column' ? f.region.map((n) => n as Element) : [f.anchor]));
  const out: Arrangement[] = [];
  beginValues.forEach((begin, i) => {
    // A row like "Geen onderwijsarrangementen" spans the table: it is no arrangement.
    if (!/\d/.test(begin) && EMPTY_CELL.test(fold(begin))) return;
    if (begin === '' && (endValues[i] ?? '') === '') return;
    const anchor = anchorsOf[i];
    const status = statusValues[i];
    out.push({
      begin, end: endValues[i] ?? '', ...(status ? { status } : {}),
      label: begins[0]?.label ?? '', where: anchor ? cssPath(anchor) : (begins[0]?.where ?? ''),
    });
  });
  return out;
}


/** Where arrangements may be read: the sections named for them, or the page when it is named so. */
interface Scope {
  /** The page has a place for arrangements at all. */
  exists: boolean;
  /** Whether `node` stands in that place. */
  has(node: Node): boolean;
  /** The page is named for Passend onderwijs but no section is: the place is the page, less other topics' sections. */
  wholePage: boolean;
}

function topicOf(chain: Section[]): 'arrangements' | 'other' | null {
  for (const s of chain) {
    if (ARRANGEMENTS_SECTION.test(s.folded)) return 'arrangements';
    if (OTHER_SECTIONS.test(s.folded)) return 'other';
  }
  return null;
}

/** A table or grid whose own headers name arrangements ("Arrangement", "Onderwijsarrangement"). */
function tableSaysArrangements(f: Field<ArrangementPart>): boolean {
  if (f.shape !== 'column' || !f.labelEl) return false;
  const row = f.labelEl.closest('tr, [role=row]');
  return row !== null && ARRANGEMENT_WORD.test(fold(row.textContent ?? ''));
}

function scopeOf(outline: Outline, pageNamed: boolean, fields: Field<ArrangementPart>[]): Scope {
  const named = outline.sections.some((s) => ARRANGEMENTS_SECTION.test(s.folded));
  const tables = new Set(fields.filter(tableSaysArrangements).map((f) => f.labelEl!.closest('table, [role=grid], [role=table], [role=treegrid]')).filter((t): t is Element => t !== null));
  const has = (node: Node) => {
    const topic = topicOf(outline.sectionsOf(node));
    if (topic) return topic === 'arrangements';
    for (const t of tables) if (t.contains(node)) return true;
    return !named && pageNamed;
  };
  return { exists: named || pageNamed || tables.size > 0, has, wholePage: !named && pageNamed };
}

/** The first short text that names the Ontwikkelingsperspectief part of a ROD message. */
function perspectiveLabel(doc: Document): Node | null {
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const t = (node.nodeValue ?? '').trim();
    if (t.length > 0 && t.length <= 40 && OPP_PERSPECTIVE.test(fold(t)) && !isSkipped(node.parentElement!)) return node;
  }
  return null;
}

/** Whether `el` is an item of a list: a dated data row of a table or grid with column headers, or one of several dated list items. */
function inListRow(el: Element): boolean {
  const row = el.closest('tr, [role=row]');
  if (row) {
    const table = row.closest('table, [role=grid], [role=table], [role=treegrid]');
    const cell = el.closest('td, th, [role=gridcell], [role=cell], [role=rowheader]');
    const isRowHeader = cell?.tagName === 'TH' || cell?.getAttribute('role') === 'rowheader';
    // A list's row is one message: a date, a type, a status. A details table's row is one field.
    if (isRowHeader || !table || row.children.length < 3 || findDates(row.textContent ?? '').length === 0) return false;
    // Column headers in the table, or in the header table of a grid beside it (Kendo, PrimeNG).
    const headersIn = (t: Element) => t.querySelectorAll('thead th, [role=columnheader], tr:first-child > th').length;
    if (headersIn(table) >= 2) return true;
    let box = table.parentElement;
    for (let depth = 0; box && depth < 4 && box.tagName !== 'BODY'; depth++, box = box.parentElement) {
      const header = Array.from(box.querySelectorAll('table, [role=grid]')).find((t) => t !== table && !t.contains(table) && t.compareDocumentPosition(table) & 4 && headersIn(t) >= 2);
      if (header) return true;
    }
    return false;
  }
  const item = el.closest('li, [role=listitem]');
  return item !== null && (item.parentElement?.children.length ?? 0) >= 2 && /\d/.test(item.textContent ?? '');
}

/**
 * A ROD page: one message of type "Inschrijving PO aanleveren" (its dates after the
 * Ontwikkelingsperspectief heading), or the list of messages, which is about none of them.
 */
function readRod(doc: Document, pageLevel: string[], fields: Field<ArrangementPart>[]): { perspectives: { begin: string; end: string }[]; list: boolean; title: Element | null } | null {
  const places: Element[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('[data-opp-wijzer], script, style, option')) continue;
    if (ROD_MESSAGE.test(fold(node.nodeValue ?? ''))) places.push(parent);
  }
  const named = pageLevel.some((n) => ROD_MESSAGE.test(n));
  if (places.length === 0 && !named) return null;
  const label = perspectiveLabel(doc);
  const listed = places.filter(inListRow);
  const alone = places.length - listed.length;
  if (!label && alone === 0 && listed.length > 0) return { perspectives: [], list: true, title: null };
  if (!label && alone > 2) return null;
  // The message's own type, where it stands outside a list: what a finding about this message points at.
  const title = places.find((p) => !inListRow(p)) ?? null;
  if (!label) return { perspectives: [], list: false, title };
  const after = fields.filter((f) => label.compareDocumentPosition(f.labelEl ?? f.anchor) & 4 /* FOLLOWING */);
  return { perspectives: arrangementsFrom(after).map(({ begin, end }) => ({ begin, end })), list: false, title };
}

/** Texts of the scope, with the element they stand in (our layer, scripts and hidden templates left out). */
function* scopeTexts(doc: Document, scope: Scope): Generator<{ node: Text; el: Element; folded: string }> {
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const el = node.parentElement;
    const raw = node.nodeValue ?? '';
    if (!el || raw.trim() === '' || el.closest('[data-opp-wijzer], script, style, template, noscript, option')) continue;
    if (isSkipped(el) && !el.closest('button, a, [role=button]')) continue;
    if (!scope.has(node)) continue;
    yield { node, el, folded: fold(raw) };
  }
}

/** The element that shows the list is empty (a sentence, a no-records row) or the add control, for evidence. */
function emptyStateAnchor(doc: Document, scope: Scope, outline: Outline): Element | null {
  let add: Element | null = null;
  for (const { el, folded } of scopeTexts(doc, scope)) {
    if (folded.length > 200) continue;
    if (EMPTY_LIST.test(folded)) return el;
    if (!add && ARRANGEMENT_FORM.test(folded)) add = el.closest('a, button, [role=button]') ?? el;
  }
  // A sentence that names arrangements says so wherever it stands (a feedback panel above the
  // tabs), unless it is inside another topic's section.
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const folded = fold(node.nodeValue ?? '');
    if (folded.length > 200 || !/\bgeen\b/.test(folded) || !ARRANGEMENT_WORD.test(folded) || !EMPTY_LIST.test(folded)) continue;
    const el = node.parentElement;
    if (el && !el.closest('[data-opp-wijzer]') && topicOf(outline.sectionsOf(node)) !== 'other') return el;
  }
  for (const input of Array.from(doc.querySelectorAll('input[type=button], input[type=submit]'))) {
    if (!add && scope.has(input) && ARRANGEMENT_FORM.test(fold((input as HTMLInputElement).value))) add = input;
  }
  return add;
}

/**
 * Dates in the arrangements' place that no known field holds: other than the pupil's birth
 * date, and not in the page's chrome (menus, footer) or labelled as something else ("Laatst
 * gewijzigd op", "Peildatum").
 */
function strayDates(doc: Document, scope: Scope, pupilBirth: string | null): boolean {
  for (const { el, folded } of scopeTexts(doc, scope)) {
    if (!/\d/.test(folded)) continue;
    const dates = findDates(folded).filter((d) => !(d.ok && d.iso === pupilBirth));
    if (dates.length === 0) continue;
    if (el.closest('nav, footer, header, [role=navigation], [role=contentinfo], [role=banner]')) continue;
    const around = fold(`${el.previousElementSibling?.textContent ?? ''} ${el.parentElement?.textContent?.slice(0, 120) ?? ''}`);
    if (NOT_AN_ARRANGEMENT_DATE.test(folded) || NOT_AN_ARRANGEMENT_DATE.test(around)) continue;
    return true;
  }
  return false;
}

/**
 * Arrangements written as a sentence or a list line in the arrangements' place: "Arrangement
 * SWV loopt vanaf 01-10-2025", "Kentalis: 01-08-2024 t/m 31-07-2026".
 */
function writtenArrangements(doc: Document, scope: Scope, outline: Outline, claimed: Set<Node>): Arrangement[] {
  const out: Arrangement[] = [];
  const items = new Set<Element>();
  for (const { node, el, folded } of scopeTexts(doc, scope)) {
    if (!/\d/.test(folded) || folded.length > 300) continue;
    if ([...claimed].some((c) => c.contains(node))) continue;
    // One item (a row, a list item, a card, a paragraph) is at most one arrangement: a table
    // row's cells are never an arrangement each.
    const item = el.closest('tr, [role=row]') ?? itemOf(el);
    if (item && items.has(item)) continue;
    if (item) items.add(item);
    if (el.closest('td, th, [role=gridcell], [role=cell]')) continue;
    const block = el.closest('li, p, [role=listitem], div') ?? el;
    const words = fold(block.textContent ?? '');
    if (!ARRANGEMENT_WORD.test(words) && !scope.wholePage && !/\b(sinds|vanaf|t\/m|tot en met|periode)\b/.test(words)) continue;
    if (NOT_AN_ARRANGEMENT_DATE.test(words)) continue;
    const period = readPeriod(folded);
    if (!period.begin || (period.end === null && !/\b(sinds|vanaf|per|loopt|lopend)\b/.test(words))) continue;
    // The label is the section's name: evidence never quotes what the school wrote.
    const section = outline.sectionsOf(node).find((s) => ARRANGEMENTS_SECTION.test(s.folded));
    out.push({ begin: (node.nodeValue ?? '').trim(), end: '', ...(period.status ? { status: period.status === 'ended' ? 'beëindigd' : 'lopend' } : {}), label: section?.name ?? '', where: cssPath(el) });
  }
  return out;
}

/** The item of a list an element belongs to: its card, row or list item. */
function itemOf(el: Element): Element | null {
  return el.closest('li, tr, [role=row], [role=listitem], article, [class*=card i], [class*=item i]');
}

/**
 * `pupilBirth`: the ISO birth date of the pupil on the page, when read; the one date an
 * empty Passend onderwijs page may show.
 */
export function readParnassys(doc: Document, extraTerms: readonly Term<ArrangementPart>[] = [], pupilBirth: string | null = null): ParnassysReading {
  const terms = extraTerms.length ? [...extraTerms, ...ARRANGEMENT_TERMS] : ARRANGEMENT_TERMS;
  const anchors = new Map<string, Element>();
  const none: ParnassysReading = { kind: null, arrangements: null, formOpen: false, rodPerspectives: null, anchors };
  const outline = pageOutline(doc);
  if (!doc.body || !outline) return none;
  const names = pageNames(doc);
  const pageLevel = pageLevelNames(doc, names);
  const fields = findLabelledFields<ArrangementPart>(doc, { dictionary: 'arrangement', terms });
  for (const f of fields) anchors.set(f.where, f.anchor);
  const rod = readRod(doc, pageLevel, fields);
  if (rod) {
    const where = rod.title ? cssPath(rod.title) : null;
    if (where && rod.title) anchors.set(where, rod.title);
    return {
      ...none,
      kind: 'rod',
      rodPerspectives: rod.perspectives,
      ...(rod.list ? { rodList: true } : {}),
      ...(where && rod.title ? { rodWhere: where, rodLabel: text(rod.title).slice(0, 80) } : {}),
    };
  }

  const scope = scopeOf(outline, pageLevel.some((n) => ARRANGEMENTS_SECTION.test(n)), fields);
  if (!scope.exists) return none;
  const inScope = fields.filter((f) => scope.has(f.labelEl ?? f.anchor));
  const formFields = inScope.filter((f) => f.shape === 'control');
  const listFields = inScope.filter((f) => f.shape !== 'control');
  const formOpen = formFields.some((f) => f.part === 'begin');
  const listBegin = listFields.find((f) => f.part === 'begin');
  // Arrangements written as a line or sentence, outside the fields: a list may mix both forms.
  const claimed = new Set<Node>(inScope.flatMap((f) => [...(f.labelEl ? [f.labelEl] : []), ...f.region, ...f.controls]));
  const written = writtenArrangements(doc, scope, outline, claimed);
  for (const w of written) anchors.set(w.where, doc.querySelector(w.where) ?? doc.body);
  if (listBegin) {
    const fromFields = arrangementsFrom(listFields);
    // A sentence in the same card or row as the fields ("Liep van … tot en met …") is the same arrangement, said again.
    const items = new Set(listFields.map((f) => itemOf(f.anchor)).filter((i): i is Element => i !== null));
    const begins = new Set(fromFields.map((a) => readPeriod(a.begin).begin).map((d) => (d?.ok ? d.iso : '')));
    const more = written.filter((w) => {
      const el = doc.querySelector(w.where);
      const item = el ? itemOf(el) : null;
      const begin = readPeriod(w.begin).begin;
      return !(item && items.has(item)) && !(begin?.ok && begins.has(begin.iso));
    });
    return { ...none, kind: 'arrangements', arrangements: [...fromFields, ...more], formOpen, listWhere: listBegin.where, listLabel: listBegin.label };
  }
  if (written.length) {
    return { ...none, kind: 'arrangements', arrangements: written, formOpen, listWhere: written[0]!.where, listLabel: written[0]!.label };
  }
  if (formOpen) return { ...none, kind: 'arrangements', formOpen };
  // No list: is it an empty one, or one this reader cannot see?
  const stray = strayDates(doc, scope, pupilBirth);
  const empty = stray ? null : emptyStateAnchor(doc, scope, outline);
  if (empty) {
    const where = cssPath(empty);
    anchors.set(where, empty);
    return { ...none, kind: 'arrangements', arrangements: [], listWhere: where, listLabel: text(empty).slice(0, 80) };
  }
  // Dates but no column or field this reader knows: a list it cannot read, never "none".
  return { ...none, kind: 'arrangements', ...(stray ? { listUnreadable: true } : {}) };
}
