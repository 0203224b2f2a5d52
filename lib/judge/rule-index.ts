/** Rule id → where its requirement comes from, for "Waarom?" in the views. */
import type { MessageKey } from '../i18n';
import { OPP_RULES } from './opp-rules';
import { SETTINGS_RULES } from './settings-rules';
import { ALL_ROD_RULES } from './parnassys-rules';

/** Every rule, for conventions and views; each applies to one page kind. */
export const ALL_RULES: readonly { id: string; page: string; source: MessageKey }[] = [...OPP_RULES, ...SETTINGS_RULES, ...ALL_ROD_RULES];

const SOURCES = new Map<string, MessageKey>(ALL_RULES.map((r) => [r.id, r.source]));

export function sourceOf(ruleId: string): MessageKey | undefined {
  return SOURCES.get(ruleId);
}
