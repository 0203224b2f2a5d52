/**
 * Facts → findings: runs every rule of a page kind, once each, and puts the verdicts into
 * the findings contract in the user's language. A rule that throws becomes a review with
 * a clear message: one broken rule must not take the others down, and never reads as a fail.
 */
import type { Finding } from '../contract';
import { t, type Lang } from '../i18n';
import type { JudgeContext, Rule, Verdict } from './rule';

export function judge<F>(rules: readonly Rule<F>[], facts: F, ctx: JudgeContext, lang: Lang): Finding[] {
  return rules.map((rule) => {
    let verdict: Verdict;
    try {
      verdict = rule.check(facts, ctx);
    } catch {
      verdict = { status: 'review', message: 'general.rule-error', evidence: [] };
    }
    return {
      rule: rule.id,
      status: verdict.status,
      message: t(lang, verdict.message, verdict.params),
      evidence: verdict.evidence,
    };
  });
}

/** Every rule as review with one message: for a page the reader could not follow. */
export function allReview<F>(rules: readonly Rule<F>[], lang: Lang): Finding[] {
  return rules.map((rule) => ({ rule: rule.id, status: 'review', message: t(lang, 'general.unreadable'), evidence: [] }));
}
