import { judge } from '../judge/judge';
import { SETTINGS_RULES } from '../judge/settings-rules';
import { saysSettings } from '../read/page-kind';
import { readSettings } from '../read/settings-reader';
import { result, type Base, type PageCheck } from './core';

/** Topdossier's school settings: 2FA and bewaartermijnen. */
export function checkSettings(doc: Document, base: Base): PageCheck | null {
  const settings = readSettings(doc, base.options.extraSettingsTerms);
  const found = [settings.facts.twoFa, settings.facts.retention].filter((f) => f.some((x) => !x.weak)).length;
  if (found < 2 && !(found === 1 && saysSettings(doc))) return null;
  return result(base, 'settings', judge(SETTINGS_RULES, settings.facts, base.ctx, base.lang), { anchors: settings.anchors });
}

checkSettings.reads = ['settings'] as const;
