/**
 * Reading parents' consent and custody (gezag) from what the page says. Pure.
 * docs/regels.md#instemming-ouders-op-handelingsdeel: consent is signed, after a divorce by both
 * parents with gezag; in Topdossier parents consent digitally.
 */
import { fold } from '../text';
import { findDates } from '../dates';
import { BOTH_PARENTS, GIVEN, NOT_GIVEN, ONE_PARENT, SEEN_ONLY, SOLE_CUSTODY, TWO_WITH_CUSTODY } from '../terms/consent-words';

export type Consent = 'yes' | 'no' | 'unknown';

const NO = /\b(nee|niet|geen|nog niet|weiger\w*|afgewezen|wacht\w*|in afwachting|verstuurd|openstaand|open|no|pending|declined)\b/;
const YES = /\b(ja|akkoord|ingestemd|instemming gegeven|getekend|ondertekend|goedgekeurd|toestemming gegeven|yes|approved|signed|digitaal (akkoord|ingestemd|getekend))\b/;

export function consentOf(value: string): Consent {
  const whole = fold(value);
  // "Voor gezien getekend op …" records that parents saw the OPP, not that they consented.
  const folded = whole.replace(SEEN_ONLY, ' ').trim();
  const seenOnly = folded !== whole;
  if (folded === '' && seenOnly) return 'unknown';
  // Empty means nothing was recorded; a pointer elsewhere ("zie verslag") is not a refusal.
  if (folded === '' || /^[-–—.]+$/.test(folded)) return 'no';
  if (/\bgeen bezwaar\b/.test(folded)) return 'yes';
  if (NO.test(folded)) return 'no';
  if (YES.test(folded)) return 'yes';
  // A signature date on its own records that the consent was given.
  if (!seenOnly && findDates(folded).some((d) => d.ok) && folded.replace(/[\d\-/. ]/g, '').length < 4) return 'yes';
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

/** What a consent written as a sentence says: who consented or not, and who holds custody. */
export interface ConsentReading {
  consent: Consent;
  /** Parents that consented, when the sentence says (1 or 2); null: it does not say. */
  gave: number | null;
  /** Parents that did not (yet), when it says. */
  notGave: number | null;
  /** Parents with custody (gezag), when it says. */
  custody: 1 | 2 | null;
}

const who = (clause: string) => (BOTH_PARENTS.test(clause) ? 2 : ONE_PARENT.test(clause) ? 1 : null);

/**
 * Reads consent the way people write it: "Vader en moeder, beiden met gezag, zijn akkoord
 * sinds 12-10-2025", "Moeder heeft als enige met gezag getekend op 03-11-2025", "Moeder heeft
 * getekend; vader (ook gezag) nog niet". Each clause (split at ; and .) is given or not given,
 * by whom when it says; custody as the sentence states it.
 */
export function readConsent(value: string): ConsentReading {
  // A consent is a line or two; a longer text is read by its beginning.
  const folded = fold(value.slice(0, 600)).replace(SEEN_ONLY, ' ');
  let gave: number | null = null;
  let notGave: number | null = null;
  let custody: 1 | 2 | null = SOLE_CUSTODY.test(folded) ? 1 : TWO_WITH_CUSTODY.test(folded) ? 2 : null;
  let given = false;
  let notGiven = false;
  for (const clause of folded.split(/[;.]\s|;|\.$/).map((c) => c.trim()).filter(Boolean)) {
    if (NOT_GIVEN.test(clause)) {
      notGiven = true;
      notGave = (notGave ?? 0) + (who(clause) ?? 1);
    } else if (GIVEN.test(clause)) {
      given = true;
      const n = who(clause);
      if (n !== null) gave = (gave ?? 0) + n;
    }
  }
  // A parent who has not consented yet, beside one who has: two hold custody.
  if (custody === null && given && notGiven && gave === 1) custody = 2;
  const consent: Consent = given ? 'yes' : notGiven ? 'no' : consentOf(value);
  return { consent, gave: consent === 'yes' ? (gave ?? null) : null, notGave, custody };
}
