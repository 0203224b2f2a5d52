/**
 * The shape shared by the rules that ask "is this part there, with content?": filled is a
 * pass, found-and-empty a fail, not found or only loosely identified a review.
 */
import type { OppFacts, OppPartKey } from '../facts/opp-facts';
import { fieldsOf } from '../facts/opp-facts';
import type { MessageKey } from '../i18n';
import { partState } from './content';
import { evidenceOf, type Rule, type Verdict } from './rule';

export interface ContentMessages {
  pass: MessageKey;
  fail: MessageKey;
  review: MessageKey;
}

/**
 * The placeholder a found-and-empty part holds ("n.v.t.", "-"), when it holds one: the message
 * says what is there ("alleen ‘n.v.t.’ ingevuld"), not that the field is blank. Only a short one
 * is repeated (a placeholder, never the page's prose).
 */
export function placeholderIn(fields: readonly { values: readonly string[] }[]): string | null {
  const shown = fields.flatMap((f) => f.values).map((v) => v.replace(/\s+/g, ' ').trim()).find((v) => v !== '');
  return shown && shown.length <= 20 ? shown : null;
}

export function contentVerdict(facts: OppFacts, parts: OppPartKey[], messages: ContentMessages): Verdict {
  const state = partState(parts.flatMap((p) => fieldsOf(facts, p)));
  switch (state.state) {
    case 'filled':
      return { status: 'pass', message: messages.pass, evidence: evidenceOf(state.fields) };
    case 'empty': {
      const placeholder = placeholderIn(state.fields);
      return placeholder
        ? { status: 'fail', message: 'opp.fail.placeholder', params: { waarde: placeholder }, evidence: evidenceOf(state.fields) }
        : { status: 'fail', message: messages.fail, evidence: evidenceOf(state.fields) };
    }
    case 'elsewhere':
      return { status: 'review', message: 'opp.review.bijlage', params: { label: state.fields[0]?.label ?? '' }, evidence: evidenceOf(state.fields) };
    default:
      return { status: 'review', message: messages.review, evidence: evidenceOf(state.fields) };
  }
}

/**
 * `meta`: the rule's id and page kind (an OPP), as its file states them.
 * A rule file calls it with a pure annotation, so a bundle that imports only the file's meta
 * (the views, through lib/judge/rule-index.ts) drops the rule.
 */
export function contentRule(meta: { id: string; page: 'opp' }, parts: OppPartKey[], messages: ContentMessages): Rule<OppFacts> {
  return { ...meta, check: (facts) => contentVerdict(facts, parts, messages) };
}
