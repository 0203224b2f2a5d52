/**
 * WPO art. 40a; docs/regels.md#inhoudelijke-vereisten-aan-het-opp: belemmerende and bevorderende
 * factoren of pupil and environment. A combined field ("Stimulerende en belemmerende
 * factoren") counts for both sides.
 */
import type { FieldFact, OppFacts } from '../../facts/opp-facts';
import { fieldsOf } from '../../facts/opp-facts';
import { partState } from '../content';
import { evidenceOf, type Rule, type RuleFixtures, type RuleMeta } from '../rule';

export const meta = {
  id: 'opp.factoren',
  page: 'opp',
  source: 'source.wpo40a',
  teach: ['factoren.belemmerend', 'factoren.bevorderend', 'factoren.beide'],
} as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = { pass: ['opp/a-wicket-table', 'opp/j-prose'], fail: ['opp/b-late-placeholder'], review: ['opp/f-unreadable'] };

const rule: Rule<OppFacts> = {
  ...meta,
  check(facts) {
    const beide = fieldsOf(facts, 'factoren.beide');
    const belemmerend = partState([...fieldsOf(facts, 'factoren.belemmerend'), ...beide]);
    const bevorderend = partState([...fieldsOf(facts, 'factoren.bevorderend'), ...beide]);
    const evidence = evidenceOf([...new Set<FieldFact>([...belemmerend.fields, ...bevorderend.fields])]);
    if (belemmerend.state === 'filled' && bevorderend.state === 'filled') {
      return { status: 'pass', message: 'opp.factoren.pass', evidence };
    }
    const emptyBelemmerend = belemmerend.state === 'empty';
    const emptyBevorderend = bevorderend.state === 'empty';
    if (emptyBelemmerend && emptyBevorderend) return { status: 'fail', message: 'opp.factoren.fail.beide', evidence };
    if (emptyBelemmerend) return { status: 'fail', message: 'opp.factoren.fail.belemmerend', evidence };
    if (emptyBevorderend) return { status: 'fail', message: 'opp.factoren.fail.bevorderend', evidence };
    const elsewhere = [belemmerend, bevorderend].find((s) => s.state === 'elsewhere');
    if (elsewhere) return { status: 'review', message: 'opp.review.bijlage', params: { label: elsewhere.fields[0]?.label ?? '' }, evidence };
    return { status: 'review', message: 'opp.factoren.review', evidence };
  },
};
export default rule;
