/** WPO art. 40a; docs/regels.md#inhoudelijke-vereisten-aan-het-opp: the support to be given. */
import { contentRule } from '../content-part';
import type { RuleFixtures, RuleMeta } from '../rule';

export const meta = {
  id: 'opp.handelingsdeel',
  page: 'opp',
  source: 'source.inhoud',
  teach: ['handelingsdeel'],
} as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = {
  pass: ['opp/a-wicket-table', 'opp/j-prose'],
  fail: ['opp/q-empty-handelingsdeel'],
  review: ['opp/c-missing-parts', 'opp/f-unreadable'],
};

export default /* @__PURE__ */ contentRule(meta, ['handelingsdeel'], {
  pass: 'opp.handelingsdeel.pass',
  fail: 'opp.handelingsdeel.fail',
  review: 'opp.handelingsdeel.review',
});
