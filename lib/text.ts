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
    .trim();
}

/** Collapse white space for display, and cut long strings so evidence never quotes a paragraph. */
export function shorten(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}
