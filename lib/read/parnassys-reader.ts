/**
 * Reads ParnasSys pupil pages: the saved onderwijsarrangementen (a list with a column per
 * field, label/value blocks, cards), the add/edit form, and a ROD message of type
 * "Inschrijving PO aanleveren". ParnasSys is most likely Wicket: generated ids, so only
 * meaning is used. What page this is comes from where the page names itself
 * (page-names.ts): a selected tab, a heading, a legend, a breadcrumb, a box title.
 *
 * An empty list is a reading, not a failure to read: a table whose only row says "Geen
 * resultaten gevonden", a sentence, or only the add button. But only when the page shows
 * no date besides the pupil's birth date: a page that shows a date may list an
 * arrangement in a way this reader does not know, and then it says "can't tell".
 */
import { findDates } from '../dates';
import { fold } from '../text';
import { cssPath, isSkipped, subtreeText } from './dom-text';
import { fieldText, findLabelledFields, type Field } from './labelled-fields';
import { namesMatch, pageNames, type PageNames } from './page-names';
import { ARRANGEMENT_TERMS, type ArrangementPart } from '../terms/parnassys-terms';
import { ARRANGEMENT_FORM, ARRANGEMENTS_SECTION, EMPTY_CELL, EMPTY_LIST, OPP_PERSPECTIVE, ROD_MESSAGE } from '../terms/parnassys-pages';
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
  anchors: Map<string, Element>;
}

function valuesOf(f: Field<ArrangementPart>): string[] {
  return f.shape === 'column' ? f.region.map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim()) : [fieldText(f)];
}

/** Zips the k-th value of each part into the k-th arrangement. */
function arrangementsFrom(fields: Field<ArrangementPart>[]): Arrangement[] {
  const begins = fields.filter((f) => f.part === 'begin');
  const ends = fields.filter((f) => f.part === 'einde');
  const beginValues = begins.flatMap(valuesOf);
  const endValues = ends.flatMap(valuesOf);
  const anchorsOf = begins.flatMap((f) => (f.shape === 'column' ? f.region.map((n) => n as Element) : [f.anchor]));
  const out: Arrangement[] = [];
  beginValues.forEach((begin, i) => {
    // A row like "Geen onderwijsarrangementen" spans the table: it is no arrangement.
    if (!/\d/.test(begin) && EMPTY_CELL.test(fold(begin))) return;
    if (begin === '' && (endValues[i] ?? '') === '') return;
    const anchor = anchorsOf[i];
    out.push({ begin, end: endValues[i] ?? '', label: begins[0]?.label ?? '', where: anchor ? cssPath(anchor) : (begins[0]?.where ?? '') });
  });
  return out;
}

/** The first short text that names the Ontwikkelingsperspectief part of a ROD message. */
function perspectiveLabel(doc: Document): Node | null {
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (text.length > 0 && text.length <= 40 && OPP_PERSPECTIVE.test(fold(text)) && !isSkipped(node.parentElement!)) return node;
  }
  return null;
}

/**
 * A page about one ROD message of type "Inschrijving PO aanleveren": named so, or showing
 * that type once or twice (title and value). More often is a list of messages.
 */
function isRodMessage(doc: Document, names: PageNames, bodyText: string): boolean {
  const count = bodyText.split(ROD_MESSAGE).length - 1;
  return (count >= 1 || namesMatch(names, ROD_MESSAGE)) && count <= 2;
}

function rodPerspectives(doc: Document, fields: Field<ArrangementPart>[]): { begin: string; end: string }[] {
  const label = perspectiveLabel(doc);
  if (!label) return [];
  const after = fields.filter((f) => label.compareDocumentPosition(f.labelEl ?? f.anchor) & 4 /* FOLLOWING */);
  return arrangementsFrom(after).map(({ begin, end }) => ({ begin, end }));
}

/** The element that shows the list is empty (a sentence) or the add control, for evidence. */
function emptyStateAnchor(doc: Document): Element | null {
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  let add: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('[data-opp-wijzer], script, style')) continue;
    const text = fold(node.nodeValue ?? '');
    if (text.length > 200) continue;
    if (EMPTY_LIST.test(text)) return parent;
    if (!add && ARRANGEMENT_FORM.test(text)) add = parent.closest('a, button, [role=button]') ?? parent;
  }
  for (const input of Array.from(doc.querySelectorAll('input[type=button], input[type=submit]'))) {
    if (!add && ARRANGEMENT_FORM.test(fold((input as HTMLInputElement).value))) add = input;
  }
  return add;
}

/** Dates on the page other than the pupil's birth date. */
function foreignDates(bodyText: string, pupilBirth: string | null): boolean {
  return findDates(bodyText).some((d) => !(d.ok && d.iso === pupilBirth));
}

/**
 * `pupilBirth`: the ISO birth date of the pupil on the page, when read; the one date an
 * empty Passend onderwijs page may show.
 */
export function readParnassys(doc: Document, extraTerms: readonly Term<ArrangementPart>[] = [], pupilBirth: string | null = null): ParnassysReading {
  const terms = extraTerms.length ? [...extraTerms, ...ARRANGEMENT_TERMS] : ARRANGEMENT_TERMS;
  const anchors = new Map<string, Element>();
  const none: ParnassysReading = { kind: null, arrangements: null, formOpen: false, rodPerspectives: null, anchors };
  if (!doc.body) return none;
  const names = pageNames(doc);
  const bodyText = subtreeText(doc.body);
  const fields = findLabelledFields<ArrangementPart>(doc, { dictionary: 'arrangement', terms });
  for (const f of fields) anchors.set(f.where, f.anchor);
  if (isRodMessage(doc, names, fold(bodyText))) return { ...none, kind: 'rod', rodPerspectives: rodPerspectives(doc, fields) };

  const section = namesMatch(names, ARRANGEMENTS_SECTION);
  const formFields = fields.filter((f) => f.shape === 'control');
  const listFields = fields.filter((f) => f.shape !== 'control');
  const formOpen = formFields.some((f) => f.part === 'begin') && (section || namesMatch(names, ARRANGEMENT_FORM));
  const hasList = section && listFields.some((f) => f.part === 'begin');
  if (!section && !formOpen) return none;
  if (hasList) {
    const listBegin = listFields.find((f) => f.part === 'begin')!;
    return { ...none, kind: 'arrangements', arrangements: arrangementsFrom(listFields), formOpen, listWhere: listBegin.where, listLabel: listBegin.label };
  }
  if (formOpen) return { ...none, kind: 'arrangements', formOpen };
  // No list: is it an empty one, or one this reader cannot see?
  const empty = emptyStateAnchor(doc);
  if (empty && !foreignDates(bodyText, pupilBirth)) {
    const where = cssPath(empty);
    anchors.set(where, empty);
    return { ...none, kind: 'arrangements', arrangements: [], listWhere: where, listLabel: (empty.textContent ?? '').trim().slice(0, 80) };
  }
  // Dates but no column or field this reader knows: a list it cannot read, never "none".
  return { ...none, kind: 'arrangements', ...(foreignDates(bodyText, pupilBirth) ? { listUnreadable: true } : {}) };
}
