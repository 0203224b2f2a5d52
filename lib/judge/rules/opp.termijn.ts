/**
 * docs/regels.md#binnen-6-weken-na-inschrijving: where extra support was clear from enrolment,
 * the OPP is set within 6 weeks (42 days). Without the dates on the page, or without
 * knowing whether support was clear from the start, it is never a fail.
 */
import type { OppFacts } from '../../facts/opp-facts';
import { fieldsOf } from '../../facts/opp-facts';
import { daysBetween } from '../../dates';
import { consentOf } from '../consent';
import { evidenceOf, type Rule, type RuleFixtures, type RuleMeta } from '../rule';
import { datesOf, startOf } from '../dates-of';

const LIMIT_DAYS = 42;

export const meta = {
  id: 'opp.termijn',
  page: 'opp',
  source: 'source.termijn',
  teach: ['datum.inschrijving', 'datum.vastgesteld'],
} as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = {
  pass: ['opp/a-wicket-table', 'opp/b-label-form'],
  fail: ['opp/b-late-placeholder'],
  review: ['opp/c-bad-date', 'opp/c-print-view'],
};

const rule: Rule<OppFacts> = {
  ...meta,
  check(facts) {
    const enrolFields = fieldsOf(facts, 'datum.inschrijving');
    const evidence = evidenceOf([...enrolFields, ...fieldsOf(facts, 'datum.vastgesteld')]);
    const enrol = datesOf(facts, 'datum.inschrijving');
    const start = startOf(facts);
    if (enrol.unreadable || start.unreadable) return { status: 'review', message: 'opp.termijn.review.datum', evidence };
    if (!enrol.dates.length || !start.dates.length) return { status: 'review', message: 'opp.termijn.review', evidence };
    const days = daysBetween(enrol.dates[0]!, start.dates[0]!);
    const params = { dagen: days };
    if (days < 0) return { status: 'review', message: 'opp.termijn.review.volgorde', evidence };
    if (days <= LIMIT_DAYS) return { status: 'pass', message: 'opp.termijn.pass', params, evidence };
    const fromStart = fieldsOf(facts, 'extra-vanaf-start').flatMap((f) => f.values).map(consentOf);
    if (fromStart.includes('yes')) return { status: 'fail', message: 'opp.termijn.fail', params, evidence };
    if (fromStart.length > 0 && fromStart.every((c) => c === 'no')) {
      return { status: 'pass', message: 'opp.termijn.pass.later', params, evidence };
    }
    return { status: 'review', message: 'opp.termijn.review.start', params, evidence };
  },
};
export default rule;
