/**
 * docs/regels.md#hoge-verwachtingen: be careful with a lowered level or a lower uitstroom
 * perspective. This rule never fails; it reminds (review) when the perspective is below
 * 1F, praktijkonderwijs, or lower than an earlier perspective on the page.
 */
import type { OppFacts } from '../../facts/opp-facts';
import { fieldsOf } from '../../facts/opp-facts';
import { hasContent } from '../content';
import { levelOf } from '../uitstroom-levels';
import { evidenceOf, type Rule, type RuleFixtures, type RuleMeta } from '../rule';

export const meta = { id: 'opp.verwachtingen', page: 'opp', source: 'source.verwachtingen' } as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = {
  pass: ['opp/a-wicket-table'],
  review: ['opp/b-lowered', 'opp/d-parnassys-opp-module'],
  'n/a': ['opp/p-unknown-labels', 'opp/q-empty-handelingsdeel'],
};

const rule: Rule<OppFacts> = {
  ...meta,
  check(facts) {
    const current = fieldsOf(facts, 'uitstroom').filter((f) => !f.container && f.values.some(hasContent));
    const earlier = fieldsOf(facts, 'uitstroom.eerder').filter((f) => f.values.some(hasContent));
    const evidence = evidenceOf([...current, ...earlier]);
    if (current.length === 0) return { status: 'n/a', message: 'opp.verwachtingen.na', evidence };
    const levels = current.flatMap((f) => f.values).map(levelOf).filter((l) => l !== null);
    // A profile whose level OPP-wijzer cannot tell is nothing to weigh: not "in orde", which would be a check not made.
    if (levels.length === 0) return { status: 'n/a', message: 'opp.verwachtingen.na.niveau', evidence };
    const now = levels.reduce((a, b) => (a.rank <= b.rank ? a : b));
    if (now.belowOneF) return { status: 'review', message: 'opp.verwachtingen.review.onder1f', evidence };
    if (now.praktijk) return { status: 'review', message: 'opp.verwachtingen.review.pro', evidence };
    const before = earlier.flatMap((f) => f.values).map(levelOf).filter((l) => l !== null);
    if (before.some((b) => b.rank > now.rank)) {
      return { status: 'review', message: 'opp.verwachtingen.review.lager', evidence };
    }
    return { status: 'pass', message: 'opp.verwachtingen.pass', evidence };
  },
};
export default rule;
