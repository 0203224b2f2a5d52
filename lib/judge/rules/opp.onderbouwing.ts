/** WPO art. 40a: the uitstroombestemming is onderbouwd. */
import { contentRule } from '../content-part';
import type { RuleFixtures, RuleMeta } from '../rule';

export const meta = {
  id: 'opp.onderbouwing',
  page: 'opp',
  source: 'source.wpo40a',
  teach: ['onderbouwing'],
} as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = {
  pass: ['opp/a-wicket-table', 'opp/l-rich-text'],
  fail: ['opp/a-empty-hoorrecht'],
  review: ['opp/p-unknown-labels', 'opp/f-unreadable'],
};

export default /* @__PURE__ */ contentRule(meta, ['onderbouwing'], {
  pass: 'opp.onderbouwing.pass',
  fail: 'opp.onderbouwing.fail',
  review: 'opp.onderbouwing.review',
});
