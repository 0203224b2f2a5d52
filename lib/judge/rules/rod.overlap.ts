/**
 * docs/regels.md#meerdere-arrangementen: one OPP, one onderwijsarrangement per period; with
 * several arrangements (Kentalis and SWV) name them all in the opmerkingen of one.
 */
import type { ParnassysFacts } from '../../facts/parnassys-facts';
import { overlappingPairs } from '../periods';
import type { Rule, RuleFixtures, RuleMeta, Verdict } from '../rule';
import { arrangementEvidence, parsePeriods } from '../arrangement-periods';

export const meta = { id: 'rod.overlap', page: 'arrangements', source: 'source.rod-meerdere' } as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = {
  pass: ['parnassys/ps-passend-een', 'parnassys/ps-passend-written'],
  fail: ['parnassys/ps-passend-overlap'],
  review: ['parnassys/ps-passend-onbekend'],
  'n/a': ['parnassys/ps-passend-leeg'],
};

const rule: Rule<ParnassysFacts> = {
  ...meta,
  check(facts, ctx): Verdict {
    const list = facts.arrangements ?? [];
    const evidence = arrangementEvidence(facts);
    if (list.length === 0 && facts.listUnreadable) return { status: 'review', message: 'rod.lijst.onleesbaar', evidence };
    if (list.length === 0) return { status: 'n/a', message: 'rod.overlap.na', evidence };
    // One arrangement overlaps nothing, whatever its dates say.
    if (list.length === 1) return { status: 'pass', message: 'rod.overlap.pass', evidence };
    const { periods, unreadable, endUnknown } = parsePeriods(list, ctx.today);
    if (unreadable.length) return { status: 'review', message: 'rod.arrangement.review.datum', params: { datum: unreadable[0]! }, evidence };
    const pairs = overlappingPairs(periods);
    // An arrangement that ended on a day the page does not give may not overlap at all: ask.
    const sure = pairs.filter(([a, b]) => !endUnknown.includes(a) && !endUnknown.includes(b));
    if (pairs.length && !sure.length) return { status: 'review', message: 'rod.overlap.review.einde', evidence };
    if (sure.length) return { status: 'fail', message: 'rod.overlap.fail', params: { aantal: sure.length }, evidence };
    return { status: 'pass', message: 'rod.overlap.pass', evidence };
  },
};
export default rule;
