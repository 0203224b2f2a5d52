/**
 * The shape shared by the rules that ask "is this part there, with content?": filled is a
 * pass, found-and-empty a fail, not found or only loosely identified a review.
 */
import type { OppFacts, OppPartKey } from '../../facts/opp-facts';
import { fieldsOf } from '../../facts/opp-facts';
import type { MessageKey } from '../../i18n';
import { partState } from '../content';
import { evidenceOf, type Rule, type Verdict } from '../rule';

export interface ContentMessages {
  pass: MessageKey;
  fail: MessageKey;
  review: MessageKey;
}

export function contentVerdict(facts: OppFacts, parts: OppPartKey[], messages: ContentMessages): Verdict {
  const state = partState(parts.flatMap((p) => fieldsOf(facts, p)));
  switch (state.state) {
    case 'filled':
      return { status: 'pass', message: messages.pass, evidence: evidenceOf(state.fields) };
    case 'empty':
      return { status: 'fail', message: messages.fail, evidence: evidenceOf(state.fields) };
    case 'elsewhere':
      return { status: 'review', message: 'opp.review.bijlage', params: { label: state.fields[0]?.label ?? '' }, evidence: evidenceOf(state.fields) };
    default:
      return { status: 'review', message: messages.review, evidence: evidenceOf(state.fields) };
  }
}

export function contentRule(id: string, parts: OppPartKey[], messages: ContentMessages): Rule<OppFacts> {
  return { id, page: 'opp', check: (facts) => contentVerdict(facts, parts, messages) };
}
