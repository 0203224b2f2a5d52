/**
 * Reads ParnasSys pupil pages: the saved onderwijsarrangementen (a list with a column per
 * field, or label/value blocks), the add/edit form, and a ROD message of type "Inschrijving
 * PO aanleveren". ParnasSys is most likely Wicket: generated ids, so only meaning is used.
 */
import { fold } from '../text';
import { cssPath } from './dom-text';
import { fieldText, findLabelledFields, type Field } from './labelled-fields';
import { ARRANGEMENT_TERMS, type ArrangementPart } from './parnassys-terms';
import type { Term } from './opp-terms';
import type { Arrangement } from '../facts/parnassys-facts';

export interface ParnassysReading {
  kind: 'student' | 'arrangements' | 'rod' | null;
  arrangements: Arrangement[] | null;
  formOpen: boolean;
  listWhere?: string;
  listLabel?: string;
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
    if (!/\d/.test(begin) && fold(begin).includes('geen')) return;
    if (begin === '' && (endValues[i] ?? '') === '') return;
    const anchor = anchorsOf[i];
    out.push({ begin, end: endValues[i] ?? '', label: begins[0]?.label ?? '', where: anchor ? cssPath(anchor) : (begins[0]?.where ?? '') });
  });
  return out;
}

function rodMessage(doc: Document, terms: readonly Term<ArrangementPart>[]): { begin: string; end: string }[] | null {
  const title = fold(`${doc.title} ${Array.from(doc.querySelectorAll('h1, h2, h3, caption, legend')).map((h) => h.textContent).join(' ')}`);
  if (!title.includes('inschrijving po aanleveren')) return null;
  // The Ontwikkelingsperspectief part of the message: a heading and the dates below it.
  const heading = Array.from(doc.querySelectorAll('h1, h2, h3, h4, th, dt, legend, caption, strong')).find((h) =>
    /^ontwikkelingsperspectief\b/.test(fold(h.textContent ?? '')),
  );
  if (!heading) return [];
  const scope = heading.closest('table, dl, fieldset, section') ?? heading.parentElement ?? doc.body;
  const after = heading.tagName.startsWith('H') ? (heading.nextElementSibling ?? scope) : scope;
  const fields = findLabelledFields<ArrangementPart>(doc, { dictionary: 'arrangement', terms }).filter(
    (f) => after.contains(f.anchor) || scope.contains(f.anchor),
  );
  return arrangementsFrom(fields).map(({ begin, end }) => ({ begin, end }));
}

export function readParnassys(doc: Document, extraTerms: readonly Term<ArrangementPart>[] = []): ParnassysReading {
  const terms = extraTerms.length ? [...extraTerms, ...ARRANGEMENT_TERMS] : ARRANGEMENT_TERMS;
  const anchors = new Map<string, Element>();
  const rod = rodMessage(doc, terms);
  if (rod) return { kind: 'rod', arrangements: null, formOpen: false, rodPerspectives: rod, anchors };
  const fields = findLabelledFields<ArrangementPart>(doc, { dictionary: 'arrangement', terms });
  for (const f of fields) anchors.set(f.where, f.anchor);
  const formFields = fields.filter((f) => f.shape === 'control');
  const listFields = fields.filter((f) => f.shape !== 'control');
  const titled = /onderwijsarrangement|passend onderwijs/.test(fold(`${doc.title} ${Array.from(doc.querySelectorAll('h1, h2, h3, caption')).map((h) => h.textContent).join(' ')}`));
  const formOpen = formFields.some((f) => f.part === 'begin') && titled;
  const hasList = listFields.some((f) => f.part === 'begin') && listFields.some((f) => f.part === 'einde') && titled;
  if (!formOpen && !hasList) return { kind: null, arrangements: null, formOpen: false, rodPerspectives: null, anchors };
  const listBegin = listFields.find((f) => f.part === 'begin');
  const listWhere = listBegin?.where;
  return {
    kind: 'arrangements',
    arrangements: hasList ? arrangementsFrom(listFields) : null,
    formOpen,
    rodPerspectives: null,
    anchors,
    ...(hasList && listWhere ? { listWhere, listLabel: listBegin?.label ?? '' } : {}),
  };
}
