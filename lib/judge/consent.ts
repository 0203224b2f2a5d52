/**
 * Reading parents' consent and custody (gezag) from what the page says. Pure.
 * Seed, "Instemming ouders op handelingsdeel": consent is signed, after a divorce by both
 * parents with gezag; in Topdossier parents consent digitally.
 */
import { fold } from '../text';
import { findDates } from '../dates';

export type Consent = 'yes' | 'no' | 'unknown';

const NO = /\b(nee|niet|geen|nog niet|weiger\w*|afgewezen|wacht\w*|in afwachting|verstuurd|openstaand|open|no|pending|declined)\b/;
const YES = /\b(ja|akkoord|ingestemd|instemming gegeven|getekend|ondertekend|goedgekeurd|toestemming gegeven|yes|approved|signed|digitaal (akkoord|ingestemd|getekend))\b/;

export function consentOf(value: string): Consent {
  const folded = fold(value);
  // Empty means nothing was recorded; a pointer elsewhere ("zie verslag") is not a refusal.
  if (folded === '' || /^[-–—.]+$/.test(folded)) return 'no';
  if (/\bgeen bezwaar\b/.test(folded)) return 'yes';
  if (NO.test(folded)) return 'no';
  if (YES.test(folded)) return 'yes';
  // A signature date on its own records that the consent was given.
  if (findDates(folded).some((d) => d.ok) && folded.replace(/[\d\-/. ]/g, '').length < 4) return 'yes';
  return 'unknown';
}

/** How many parents hold gezag, by the page's words; null when it doesn't say. */
export function gezagCount(values: string[]): number | null {
  const yesNo = values.map(fold).filter((v) => /^(ja|nee)$/.test(v));
  if (yesNo.length > 0 && yesNo.length === values.length) return yesNo.filter((v) => v === 'ja').length;
  for (const v of values.map(fold)) {
    if (/\b(beide|beiden|allebei|gezamenlijk|twee|2)\b/.test(v)) return 2;
    if (/\b(een|1|alleen|eenhoofdig|moeder|vader)\b/.test(v)) return 1;
  }
  return null;
}
