/** Seed, "Stappen registreren OPP bij ROD": the einddatum is mandatory but may be added later. */
import type { ParnassysFacts } from '../../facts/parnassys-facts';
import type { Rule } from '../rule';
import { arrangementEvidence, parsePeriods } from './arrangement-periods';

const rule: Rule<ParnassysFacts> = {
  id: 'rod.einddatum',
  page: 'arrangements',
  check(facts, ctx) {
    const list = facts.arrangements ?? [];
    const evidence = arrangementEvidence(facts);
    if (list.length === 0 && facts.listUnreadable) return { status: 'review', message: 'rod.lijst.onleesbaar', evidence };
    if (list.length === 0) return { status: 'n/a', message: 'rod.einddatum.na', evidence };
    const { periods, unreadable, endUnknown } = parsePeriods(list, ctx.today);
    if (unreadable.length) return { status: 'review', message: 'rod.arrangement.review.datum', params: { datum: unreadable[0]! }, evidence };
    if (periods.some((p) => p.end !== null && p.end < p.begin)) return { status: 'review', message: 'rod.einddatum.review.volgorde', evidence };
    // Ended ("Beëindigd") without an end date: ROD never hears that it ended.
    if (endUnknown.length || periods.some((p) => p.end === null)) return { status: 'review', message: 'rod.einddatum.review', evidence };
    return { status: 'pass', message: 'rod.einddatum.pass', evidence };
  },
};
export default rule;
