/**
 * WPO art. 40a lid 4; docs/regels.md#jaarlijkse-afstemming: the OPP is evaluated with parents and
 * pupil at least once every school year (1 Aug – 31 Jul) it runs; Wijs! advises twice.
 * Only school years that have ended can have missed their evaluation.
 *
 * An unread date is never a missing evaluation: a year counts as missed only when everything the
 * evaluation part says was read (dates, months, "gepland"). Text OPP-wijzer cannot place, or an
 * evaluation written without a date, is controleren.
 */
import type { OppFacts } from '../../facts/opp-facts';
import { fieldsOf } from '../../facts/opp-facts';
import { daysBetween, isoToDmy } from '../../dates';
import { schoolYearOf, schoolYearsBetween } from '../school-year';
import { evidenceOf, type Rule, type RuleFixtures, type RuleMeta } from '../rule';
import { datesOf, startOf } from '../dates-of';
import { HELD, PLANNED } from '../../terms/evaluation-words';

/** A first school year the OPP ran less than this many days in cannot fairly be held to it. */
const SHORT_FIRST_YEAR_DAYS = 91;

/**
 * A date said to be only planned: by the words before it ("volgende evaluatie op", "gepland
 * voor"), or, when those say neither, by the words after it (a row's status "Gepland").
 */
const plannedAround = (before: string, after: string) => {
  if (PLANNED.test(before) || HELD.test(before)) return PLANNED.test(before) && !HELD.test(before);
  return PLANNED.test(after) && !HELD.test(after);
};

export const meta = {
  id: 'opp.evaluatie',
  page: 'opp',
  source: 'source.evaluatie',
  teach: ['evaluatie'],
} as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = {
  pass: ['opp/a-wicket-table', 'opp/i-accordion'],
  fail: ['opp/a-no-consent', 'opp/c-old-opp'],
  review: ['opp/c-bad-date', 'opp/k-prose-incomplete'],
};

const rule: Rule<OppFacts> = {
  ...meta,
  check(facts, ctx) {
    const fields = fieldsOf(facts, 'evaluatie').filter((f) => !f.container);
    const evidence = evidenceOf(fields);
    const params = { advies: ctx.evaluationsAdvised };
    const start = startOf(facts);
    // Only evaluations held: "staat gepland voor 12-02-2027" is not one.
    const evaluations = datesOf(facts, 'evaluatie', (before, after) => !plannedAround(before, after));
    if (start.unreadable && start.dates.length === 0) return { status: 'review', message: 'opp.evaluatie.review.datum', params, evidence };
    if (start.dates.length === 0) return { status: 'review', message: 'opp.evaluatie.review.start', params, evidence };
    if (fields.length === 0) return { status: 'review', message: 'opp.evaluatie.review', params, evidence };

    const begin = start.dates[0]!;
    // A month is enough to place an evaluation in its school year.
    const held = [...evaluations.dates, ...evaluations.months].filter((d) => d <= ctx.today);
    const years = schoolYearsBetween(begin, ctx.today);
    const missed = years.filter((y) => y.end < ctx.today && !held.some((d) => d >= y.start && d <= y.end));
    const tooShort = (y: { end: string }) => y === years[0] && daysBetween(begin, y.end) < SHORT_FIRST_YEAR_DAYS;
    const realMisses = missed.filter((y) => !tooShort(y));
    if (realMisses.length > 0) {
      // What the part says but OPP-wijzer could not place may be the evaluation of that year.
      if (evaluations.unreadable || evaluations.undated) {
        return { status: 'review', message: 'opp.evaluatie.review.datum', params: { ...params, jaren: realMisses.map((y) => y.name).join(', ') }, evidence };
      }
      // A year whose evaluation the page only says was planned: it may well have been held.
      const planned = datesOf(facts, 'evaluatie', plannedAround);
      const plannedIn = (y: { start: string; end: string }) => [...planned.dates, ...planned.months].find((d) => d >= y.start && d <= y.end);
      if (realMisses.every(plannedIn)) {
        const datum = isoToDmy(plannedIn(realMisses[0]!));
        return { status: 'review', message: 'opp.evaluatie.review.gepland', params: { ...params, datum }, evidence };
      }
      return { status: 'fail', message: 'opp.evaluatie.fail', params: { ...params, jaren: realMisses.map((y) => y.name).join(', ') }, evidence };
    }
    // A plan set in the last weeks of a school year is first evaluated in the next: that is in order.
    if (missed.length > 0) {
      return { status: 'pass', message: 'opp.evaluatie.pass.kort', params: { ...params, jaren: missed.map((y) => y.name).join(', ') }, evidence };
    }
    const current = years[years.length - 1] ?? schoolYearOf(ctx.today);
    const thisYear = held.filter((d) => d >= current.start).length;
    return thisYear > 0
      ? { status: 'pass', message: 'opp.evaluatie.pass', params, evidence }
      : { status: 'pass', message: 'opp.evaluatie.pass.plan', params: { ...params, tot: isoToDmy(current.end) }, evidence };
  },
};
export default rule;
