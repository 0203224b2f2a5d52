/** The guide that shows how to fix what a rule found ("Laat zien hoe"), as the rule's meta names it. */
import { ruleMeta } from '../judge/rule-index';

export function guideForRule(ruleId: string): string | undefined {
  return ruleMeta(ruleId)?.guide;
}
