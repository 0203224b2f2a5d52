/** docs/regels.md#stappen-registreren-opp-bij-rod: the einddatum is mandatory but may be added later. */
import type { ParnassysFacts } from '../../facts/parnassys-facts';
import type { Rule, RuleFixtures, RuleMeta } from '../rule';
import { arrangementEvidence, endOf, parsePeriods } from '../arrangement-periods';

export const meta = { id: 'rod.einddatum', page: 'arrangements', source: 'source.rod' } as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = {
  pass: ['parnassys/ps-passend-blocks', 'parnassys/ps-passend-written'],
  review: ['parnassys/ps-passend-een', 'parnassys/ps-passend-baddate'],
  'n/a': ['parnassys/ps-passend-leeg'],
};

const rule: Rule<ParnassysFacts> = {
  ...meta,
  check(facts, ctx) {
    const list = facts.arrangements ?? [];
    const evidence = arrangementEvidence(facts);
    if (list.length === 0 && facts.listUnreadable) return { status: 'review', message: 'rod.lijst.onleesbaar', evidence };
    if (list.length === 0) return { status: 'n/a', message: 'rod.einddatum.na', evidence };
    // Whether each arrangement has an end date; an unreadable begin does not hide a readable end.
    const ends = list.map(endOf);
    const unreadable = ends.find((e) => e.kind === 'unreadable');
    if (unreadable?.kind === 'unreadable') return { status: 'review', message: 'rod.arrangement.review.datum', params: { datum: unreadable.text }, evidence };
    const { periods } = parsePeriods(list, ctx.today);
    if (periods.some((p) => p.end !== null && p.end < p.begin)) return { status: 'review', message: 'rod.einddatum.review.volgorde', evidence };
    // Ended ("Beëindigd") without an end date: ROD never hears that it ended.
    if (ends.some((e) => e.kind === 'open' || e.kind === 'ended')) return { status: 'review', message: 'rod.einddatum.review', evidence };
    return { status: 'pass', message: 'rod.einddatum.pass', evidence };
  },
};
export default rule;
