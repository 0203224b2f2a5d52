/** Every rule, for the options page and the conventions test; each applies to one page kind. */
import { OPP_RULES } from './opp-rules';
import { SETTINGS_RULES } from './settings-rules';
import { ALL_ROD_RULES } from './parnassys-rules';

export const ALL_RULES: readonly { id: string; page: string }[] = [...OPP_RULES, ...SETTINGS_RULES, ...ALL_ROD_RULES];
