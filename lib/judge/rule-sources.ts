/**
 * Where each rule's requirement comes from, shown behind "Waarom?": a section of the
 * board's guidance (docs/regels.md) or a law article. Plain data, so the views (the sidebar in a
 * content script, the popup) know every rule's source without carrying every rule.
 */
import type { MessageKey } from '../i18n';

export const RULE_SOURCES = {
  'opp.factoren': 'source.wpo40a',
  'opp.handelingsdeel': 'source.inhoud',
  'opp.instemming': 'source.instemming',
  'opp.uitstroomprofiel': 'source.inhoud',
  'opp.onderbouwing': 'source.wpo40a',
  'opp.hoorrecht': 'source.hoorrecht',
  'opp.evaluatie': 'source.evaluatie',
  'opp.termijn': 'source.termijn',
  'opp.verwachtingen': 'source.verwachtingen',
  'opp.onderwijstijd': 'source.onderwijstijd',
  'settings.2fa': 'source.privacy',
  'settings.bewaartermijn': 'source.privacy',
  'rod.arrangement': 'source.rod',
  'rod.einddatum': 'source.rod',
  'rod.overlap': 'source.rod-meerdere',
  'rod.melding': 'source.rod',
  'rod.pdf': 'source.pdf-dossier',
} as const satisfies Record<string, MessageKey>;

export type RuleId = keyof typeof RULE_SOURCES;
export const RULE_IDS = Object.keys(RULE_SOURCES) as RuleId[];

export function sourceOf(ruleId: string): MessageKey | undefined {
  return (RULE_SOURCES as Record<string, MessageKey>)[ruleId];
}
