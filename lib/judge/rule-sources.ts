/**
 * Where each rule's requirement comes from, shown behind "Waarom?": a section of the
 * board's guidance (docs/regels.md) or a law article, as each rule's meta says it
 * (lib/judge/rule-index.ts). Plain data, so the views (the sidebar in a content script, the
 * popup) know every rule's source without carrying every rule.
 */
import type { MessageKey } from '../i18n';
import { ALL_RULES, ruleMeta } from './rule-index';

/** Every rule id: the ids a board policy may switch off (docs/uitrol.md). */
export const RULE_IDS: readonly string[] = ALL_RULES.map((r) => r.id);

export function sourceOf(ruleId: string): MessageKey | undefined {
  return ruleMeta(ruleId)?.source;
}
