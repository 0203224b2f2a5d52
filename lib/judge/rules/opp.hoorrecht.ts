/**
 * WPO art. 40a lid 7 (since 1 August 2025): the OPP explains how the pupil's opinion was
 * weighed. An OPP set before that date gets it at its next change or evaluation, so an
 * empty part there is a reminder (review), not a fail.
 */
import type { OppFacts } from '../../facts/opp-facts';
import { fieldsOf } from '../../facts/opp-facts';
import { findDates } from '../../dates';
import type { Rule, RuleFixtures, RuleMeta } from '../rule';
import { contentVerdict } from '../content-part';
import { NOT_HEARD } from '../../terms/hoorrecht-words';
import { fold } from '../../text';

const HOORRECHT_SINCE = '2025-08-01';

function datesIn(facts: OppFacts, part: 'datum.vastgesteld' | 'evaluatie'): string[] {
  return fieldsOf(facts, part)
    .flatMap((f) => f.values)
    .flatMap((v) => findDates(v))
    .flatMap((d) => (d.ok ? [d.iso] : []));
}

function withoutNotHeard(facts: OppFacts): OppFacts {
  const fields = facts.parts.hoorrecht;
  if (!fields) return facts;
  const cleared = fields.map((f) => ({ ...f, values: f.values.map((v) => (v.length <= 120 && NOT_HEARD.test(fold(v)) ? '' : v)) }));
  return { ...facts, parts: { ...facts.parts, hoorrecht: cleared } };
}

export const meta = {
  id: 'opp.hoorrecht',
  page: 'opp',
  source: 'source.hoorrecht',
  teach: ['hoorrecht'],
} as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = {
  pass: ['opp/a-wicket-table', 'opp/j-prose'],
  fail: ['opp/a-empty-hoorrecht', 'opp/k-prose-incomplete'],
  review: ['opp/c-old-opp', 'opp/c-missing-parts'],
};

const rule: Rule<OppFacts> = {
  ...meta,
  check(given, ctx) {
    // "Niet gesproken" tells that the pupil was not heard: no description, so as empty.
    const facts = withoutNotHeard(given);
    const verdict = contentVerdict(facts, ['hoorrecht'], {
      pass: 'opp.hoorrecht.pass',
      fail: 'opp.hoorrecht.fail',
      review: 'opp.hoorrecht.review',
    });
    if (verdict.status !== 'fail') return verdict;
    const set = datesIn(facts, 'datum.vastgesteld').sort()[0];
    const changedSince = datesIn(facts, 'evaluatie').some((d) => d >= HOORRECHT_SINCE && d <= ctx.today);
    if (set && set < HOORRECHT_SINCE && !changedSince) {
      return { ...verdict, status: 'review', message: 'opp.hoorrecht.review.oud' };
    }
    return verdict;
  },
};
export default rule;
