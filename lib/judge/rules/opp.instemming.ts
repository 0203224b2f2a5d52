/**
 * docs/regels.md#instemming-ouders-op-handelingsdeel (WPO art. 40a, instemmingsrecht since 2017):
 * the OPP is set only after parents consented to the handelingsdeel; after a divorce both
 * parents with gezag sign.
 */
import type { OppFacts } from '../../facts/opp-facts';
import { fieldsOf } from '../../facts/opp-facts';
import { gezagCount, readConsent, type ConsentReading } from '../consent';
import { evidenceOf, type Rule, type Verdict, type RuleFixtures, type RuleMeta } from '../rule';
import type { Evidence } from '../../contract';
import { datesOf, startOf } from '../dates-of';
import { isoToDmy } from '../../dates';

export const meta = {
  id: 'opp.instemming',
  page: 'opp',
  source: 'source.instemming',
  teach: ['instemming'],
} as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = {
  pass: ['opp/a-wicket-table', 'opp/c-print-view'],
  fail: ['opp/a-no-consent', 'opp/a-two-parents', 'opp/k-prose-incomplete'],
  review: ['opp/d-parnassys-opp-module', 'opp/f-unreadable'],
};

const rule: Rule<OppFacts> = {
  ...meta,
  check(facts) {
    const fields = fieldsOf(facts, 'instemming').filter((f) => !f.container);
    const evidence = evidenceOf(fields);
    if (fields.length === 0) return { status: 'review', message: 'opp.instemming.review', evidence };
    const readings = fields.flatMap((f) => f.values.map((v) => ({ weak: f.weak, ...readConsent(v) })));
    const yes = readings.filter((r) => r.consent === 'yes').reduce((n, r) => n + (r.gave ?? 1), 0);
    // Not given: a refusal, or the parent a sentence says has not consented yet.
    const no = readings.reduce((n, r) => n + (r.weak ? 0 : r.consent === 'no' ? (r.notGave ?? 1) : (r.notGave ?? 0)), 0);
    const unknown = readings.filter((r) => r.consent === 'unknown' || (r.consent === 'no' && r.weak)).length;
    // Custody as the gezag fields say it, or as the consent sentence itself says it.
    const stated = readings.map((r) => r.custody).filter((c): c is 1 | 2 => c !== null);
    const gezag = gezagCount(fieldsOf(facts, 'gezag').flatMap((f) => f.values)) ?? (stated.length ? Math.max(...stated) : null);
    const needed = Math.max(1, gezag ?? 1);
    // "Moeder heeft getekend" while the page does not say who holds custody: maybe one of two.
    const oneNamed = readings.some((r) => r.consent === 'yes' && r.gave === 1) && yes === 1;
    if (yes >= needed && gezag === null && oneNamed) return { status: 'review', message: 'opp.instemming.review.gezag', evidence };
    // "Ouders gaan akkoord" ticked beside a box left empty: the sentence says all, the boxes say one.
    const yesReadings = readings.filter((r) => r.consent === 'yes').length;
    if (yes >= needed && no >= 1 && yesReadings < needed) return { status: 'review', message: 'opp.instemming.review.open', evidence };
    if (yes >= needed) return afterRevision(facts, readings, evidence) ?? { status: 'pass', message: 'opp.instemming.pass', evidence };
    if (yes >= 1 && needed >= 2) {
      return no >= 1
        ? { status: 'fail', message: 'opp.instemming.fail.beide', evidence }
        : { status: 'review', message: 'opp.instemming.review.beide', evidence };
    }
    if (yes === 0 && no >= 1 && unknown === 0) return { status: 'fail', message: 'opp.instemming.fail', evidence };
    return { status: 'review', message: 'opp.instemming.review', evidence };
  },
};

/**
 * Consent given, but is it to the plan as it is now? A consent the page says is still pending or
 * refused, beside the given ones, may be for a later version: with a revision ("bijgesteld") after
 * the plan was set, the parents have not yet consented to the revised handelingsdeel (fail);
 * without one, ask. Consent given only before a later revision: ask.
 */
function afterRevision(facts: OppFacts, readings: ConsentReading[], evidence: Evidence[]): Verdict | null {
  const revised = datesOf(facts, 'datum.bijgesteld').dates.at(-1);
  const start = startOf(facts).dates[0];
  const pending = readings.some((r) => r.notGave !== null && r.notGave > 0);
  if (pending) {
    return revised && (!start || revised > start)
      ? { status: 'fail', message: 'opp.instemming.fail.bijgesteld', params: { datum: isoToDmy(revised) }, evidence }
      : { status: 'review', message: 'opp.instemming.review.open', evidence };
  }
  const consentDates = datesOf(facts, 'instemming');
  const lastConsent = consentDates.dates.at(-1);
  if (revised && lastConsent && !consentDates.unreadable && revised > lastConsent) {
    return { status: 'review', message: 'opp.instemming.review.bijgesteld', params: { datum: isoToDmy(revised), instemming: isoToDmy(lastConsent) }, evidence };
  }
  return null;
}
export default rule;
