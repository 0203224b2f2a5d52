/** docs/regels.md#inhoudelijke-vereisten-aan-het-opp: the uitstroomprofiel has a value. */
import { contentRule } from '../content-part';
import type { RuleFixtures, RuleMeta } from '../rule';

export const meta = {
  id: 'opp.uitstroomprofiel',
  page: 'opp',
  source: 'source.inhoud',
  teach: ['uitstroom'],
} as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = {
  pass: ['opp/a-wicket-table', 'opp/i-accordion'],
  fail: ['opp/q-empty-handelingsdeel'],
  review: ['opp/p-unknown-labels', 'opp/f-unreadable'],
};

export default /* @__PURE__ */ contentRule(meta, ['uitstroom'], {
  pass: 'opp.uitstroomprofiel.pass',
  fail: 'opp.uitstroomprofiel.fail',
  review: 'opp.uitstroomprofiel.review',
});
