import type { SettingsFacts } from '../facts/settings-facts';
import type { Rule } from './rule';
import twoFa from './rules/settings.2fa';
import retention from './rules/settings.bewaartermijn';

export const SETTINGS_RULES: readonly Rule<SettingsFacts>[] = [twoFa, retention];
