/**
 * Dates an OPP states in a sentence rather than a field: "Ingeschreven op 26-08-2024; het
 * OPP is vastgesteld op 30-09-2024". Read only when the page has no field for that date,
 * from the texts the prefilter already picked (no extra walk over the page).
 */
import { candidateTexts, pageControls } from './page-lists';
import { ATTRIBUTE_CONTROL_QUERY, cssPath, isAttributeControl } from './dom-text';
import { fold } from '../text';
import { findDates } from '../dates';
import type { FieldFact, OppPartKey } from '../facts/opp-facts';

type DatePart = Extract<OppPartKey, 'datum.inschrijving' | 'datum.vastgesteld' | 'datum.bijgesteld'>;

/** The phrase that introduces each date; what follows it within a few words is the date. */
const PHRASES: Record<DatePart, RegExp> = {
  'datum.inschrijving': /\b(ingeschreven|ingestroomd|ingeschreven op school|inschrijving|enrolled)\b[^.;]{0,24}?\b(op|per|sinds|vanaf|on)\b/,
  'datum.vastgesteld': /\b(opp|ontwikkelingsperspectief(plan)?|plan)\b[^.;]{0,30}?\b(vastgesteld|opgesteld)\b[^.;]{0,6}?\b(op|per)\b/,
  // "Versie 2 (bijgesteld 10-11-2025)", "handelingsdeel herzien op 3 februari 2026": the date follows at once.
  'datum.bijgesteld': /\b(bijgesteld|herzien)( op| per)?\s*(?=\d)/,
};

/** The first valid date just after the phrase for `part`, with the sentence's element. */
export function proseDates(doc: Document, missing: readonly DatePart[]): Partial<Record<DatePart, { fact: FieldFact; anchor: Element }>> {
  const out: Partial<Record<DatePart, { fact: FieldFact; anchor: Element }>> = {};
  if (missing.length === 0) return out;
  // Sentences in text, and in web components that hold their text as an attribute (<sl-textarea value="…">):
  // those are among the controls the page read found already, no query of their own.
  const sources: { raw: string; el: Element | null }[] = candidateTexts(doc, 'opp').map((node) => ({ raw: node.nodeValue ?? '', el: node.parentElement }));
  for (const el of pageControls(doc, 'opp')) if (el.matches(ATTRIBUTE_CONTROL_QUERY) && isAttributeControl(el)) sources.push({ raw: el.getAttribute('value') ?? '', el });
  for (const { raw, el } of sources) {
    if (raw.length < 20) continue;
    const text = fold(raw);
    for (const part of missing) {
      if (out[part]) continue;
      const hit = PHRASES[part].exec(text);
      if (!hit) continue;
      const after = text.slice(hit.index + hit[0].length, hit.index + hit[0].length + 24);
      const date = findDates(after)[0];
      if (!date?.ok || !el) continue;
      const label = raw.trim().slice(0, 60);
      out[part] = { fact: { label, where: cssPath(el), weak: true, container: false, values: [date.iso] }, anchor: el };
    }
    if (missing.every((p) => out[p])) break;
  }
  return out;
}
