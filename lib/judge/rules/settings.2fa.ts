/** docs/regels.md#privacy-en-topdossier: staff log in with 2FA; the account manager turns it on. */
import { switchOf } from '../setting-value';
import { settingRule } from '../setting-rule';

const STATE = { on: 'good', off: 'bad', unknown: 'unknown' } as const;

export default settingRule('settings.2fa', (f) => f.twoFa, (v) => STATE[switchOf(v)], {
  pass: 'settings.2fa.pass',
  fail: 'settings.2fa.fail',
  review: 'settings.2fa.review',
});
