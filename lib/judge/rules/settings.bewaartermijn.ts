/** docs/regels.md#privacy-en-topdossier: bewaartermijnen "automatisch": pupils removed 5 years after unenrolment. */
import { retentionOf } from '../setting-value';
import { settingRule } from '../setting-rule';
import type { RuleFixtures, RuleMeta } from '../rule';

const STATE = { automatic: 'good', other: 'bad', unknown: 'unknown' } as const;

export const meta = {
  id: 'settings.bewaartermijn',
  page: 'settings',
  source: 'source.privacy',
  guide: 'topdossier-bewaartermijn',
  teach: ['bewaartermijn'],
} as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = {
  pass: ['settings/s-radios', 'settings/s-toggle'],
  fail: ['settings/s-select-table-off', 'settings/s-unreadable-value'],
  review: ['settings/s-readonly-missing'],
};

export default /* @__PURE__ */ settingRule(meta, (f) => f.retention, (v) => STATE[retentionOf(v)], {
  pass: 'settings.bewaartermijn.pass',
  fail: 'settings.bewaartermijn.fail',
  review: 'settings.bewaartermijn.review',
});
