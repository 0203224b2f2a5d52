/** docs/regels.md#privacy-en-topdossier: bewaartermijnen "automatisch": pupils removed 5 years after unenrolment. */
import { retentionOf } from '../setting-value';
import { settingRule } from '../setting-rule';

const STATE = { automatic: 'good', other: 'bad', unknown: 'unknown' } as const;

export default settingRule('settings.bewaartermijn', (f) => f.retention, (v) => STATE[retentionOf(v)], {
  pass: 'settings.bewaartermijn.pass',
  fail: 'settings.bewaartermijn.fail',
  review: 'settings.bewaartermijn.review',
});
