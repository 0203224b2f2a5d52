/** Rule id → where its requirement comes from, for "Waarom?" in the views. */
import type { MessageKey } from '../i18n';
import { OPP_RULES } from './opp-rules';

const SOURCES = new Map<string, MessageKey>(OPP_RULES.map((r) => [r.id, r.source]));

export function sourceOf(ruleId: string): MessageKey | undefined {
  return SOURCES.get(ruleId);
}
