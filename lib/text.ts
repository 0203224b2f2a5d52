/** Text helpers shared by readers and rules. Pure: no DOM. */

/** Lower-case, strip diacritics (geëvalueerd → geevalueerd), fold white space. */
export function fold(text: string): string {
  // Most page text is plain ASCII: skip Unicode normalisation there (a hot path, see bench/).
  const plain = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A label as written on a page, folded, without the decoration around it ("Hoorrecht *:"). */
export function foldLabel(text: string): string {
  return fold(text)
    .replace(/\((verplicht|optioneel)\)/g, '')
    .replace(/^[\s*:•\-–]+|[\s*:?•\-–]+$/g, '')
    .replace(PART_NUMBER, '')
    .trim();
}

/**
 * "Deel 2: ", "Onderdeel C – ", "C. ", "3.1 ": formats number their parts (De Meierij's
 * onderdelen A to D, SWV Leiden's two delen). The part's meaning is in its own words after
 * the number, never in the letter, so the number is dropped before matching.
 */
const PART_NUMBER = /^(?:(?:deel|onderdeel|hoofdstuk|stap|paragraaf|part|section|step) +(?:[a-h]|\d{1,2}|[ivx]{1,4})\b *[.):\-–]? *|(?:[a-h]|[ivx]{1,4})[.)] +(?:[:\-–] *)?|\d{1,2}(?:\.\d{1,2})*(?:[.)] *|\.? +(?=\p{L}{2}))(?:[:\-–] *)?)/u;

/** Collapse white space for display, and cut long strings so evidence never quotes a paragraph. */
export function shorten(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}
