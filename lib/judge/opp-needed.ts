/**
 * "Is een OPP nodig?": the board's criteria (docs/regels.md#voor-wie-is-een-opp,
 * docs/regels.md#basisondersteuning-en-extra-ondersteuning) as a pure function. It gives
 * advice with its reason and section; the answers are never stored.
 */
import type { MessageKey } from '../i18n';

/** The basisondersteuning factors of the board's guidance (levels 1-3). */
export const BASIS_FACTORS = ['instructie', 'eed', 'uitstroom1f', 'gedrag', 'advies', 'meertalig'] as const;
export type BasisFactor = (typeof BASIS_FACTORS)[number];

export interface Answers {
  /** Arrangement money or cluster 1/2 (e.g. Kentalis) is involved. */
  externalFunds: boolean;
  /** Onderwijstijdverkorting, or other deviation from school hours (Variawet). */
  reducedHours: boolean;
  /**
   * The reason for fewer hours is medical: treatment, or a condition that keeps the pupil from
   * being there full time. Such OPPs need not be registered (docs/regels.md#alle-opps-melden).
   */
  medicalReason?: boolean;
  /** Expected outflow below 1F (guideline: IQ below 80). */
  belowOneF: boolean;
  /** The pupil is moving to special (basis) education. */
  specialEducation: boolean;
  /** Which basisondersteuning factors apply. */
  factors: BasisFactor[];
}

export type Verdict = 'required' | 'required-leerplicht' | 'may' | 'not-needed';

export interface Advice {
  verdict: Verdict;
  /** Support level in the board's guidance: 1-3 basis, 4 extra on school, 5 specialised education. */
  level: '1-3' | '4' | '5';
  reasons: MessageKey[];
  source: MessageKey;
  /** Also register in ParnasSys for ROD. */
  registerRod: boolean;
  /** Not registered because of the medical exception. */
  medicalException?: true;
}

export function oppNeeded(a: Answers): Advice {
  const reasons: MessageKey[] = [];
  if (a.specialEducation) reasons.push('needed.reason.special');
  if (a.externalFunds) reasons.push('needed.reason.funds');
  if (a.belowOneF) reasons.push('needed.reason.below1f');
  if (a.reducedHours) reasons.push('needed.reason.hours');
  if (a.specialEducation) return { verdict: 'required', level: '5', reasons, source: 'source.needed.extra', registerRod: true };
  if (a.externalFunds || a.belowOneF) return { verdict: 'required', level: '4', reasons, source: 'source.needed.extra', registerRod: true };
  if (a.reducedHours && a.medicalReason) {
    return { verdict: 'required-leerplicht', level: '4', reasons: [...reasons, 'needed.reason.medical'], source: 'source.needed.hours', registerRod: false, medicalException: true };
  }
  if (a.reducedHours) return { verdict: 'required-leerplicht', level: '4', reasons, source: 'source.needed.hours', registerRod: true };
  const factors = new Set(a.factors).size;
  if (factors >= 2) return { verdict: 'may', level: '1-3', reasons: ['needed.reason.several'], source: 'source.needed.basis', registerRod: false };
  return {
    verdict: 'not-needed',
    level: '1-3',
    reasons: [factors === 1 ? 'needed.reason.one' : 'needed.reason.none', ...(a.factors.includes('uitstroom1f') ? (['needed.reason.1f'] as MessageKey[]) : [])],
    source: 'source.needed.basis',
    registerRod: false,
  };
}
