/**
 * The shape of a settings rule: the page shows the setting as wanted (pass), as not wanted
 * (fail), or it cannot be read or both appear (review).
 */
import type { FieldFact } from '../facts/opp-facts';
import type { SettingsFacts } from '../facts/settings-facts';
import type { MessageKey } from '../i18n';
import { evidenceOf, type Rule } from './rule';

/**
 * `meta`: the rule's id and page kind (the school settings), as its file states them.
 * A rule file calls it with a pure annotation, so a bundle that imports only the file's meta
 * (the views, through lib/judge/rule-index.ts) drops the rule.
 */
export function settingRule(
  meta: { id: string; page: 'settings' },
  fieldsOf: (facts: SettingsFacts) => FieldFact[],
  classify: (value: string) => 'good' | 'bad' | 'unknown',
  messages: { pass: MessageKey; fail: MessageKey; review: MessageKey },
): Rule<SettingsFacts> {
  return {
    ...meta,
    check(facts) {
      const fields = fieldsOf(facts);
      const evidence = evidenceOf(fields);
      const states = fields.filter((f) => !f.weak).flatMap((f) => f.values).map(classify);
      if (states.includes('good') && !states.includes('bad')) return { status: 'pass', message: messages.pass, evidence };
      if (states.includes('bad') && !states.includes('good')) return { status: 'fail', message: messages.fail, evidence };
      return { status: 'review', message: messages.review, evidence };
    },
  };
}
