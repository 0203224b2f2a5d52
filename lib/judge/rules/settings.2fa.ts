/** docs/regels.md#privacy-en-topdossier: staff log in with 2FA; the account manager turns it on. */
import { switchOf } from '../setting-value';
import { settingRule } from '../setting-rule';
import type { RuleFixtures, RuleMeta } from '../rule';

const STATE = { on: 'good', off: 'bad', unknown: 'unknown' } as const;

export const meta = {
  id: 'settings.2fa',
  page: 'settings',
  source: 'source.privacy',
  guide: 'topdossier-2fa-school',
  teach: ['2fa'],
} as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = {
  pass: ['settings/s-select-table-on', 'settings/s-toggle'],
  fail: ['settings/s-radios', 'settings/s-select-table-off'],
  review: ['settings/s-onbekend', 'settings/s-unreadable-value'],
};

export default /* @__PURE__ */ settingRule(meta, (f) => f.twoFa, (v) => STATE[switchOf(v)], {
  pass: 'settings.2fa.pass',
  fail: 'settings.2fa.fail',
  review: 'settings.2fa.review',
});
