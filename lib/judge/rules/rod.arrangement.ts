/**
 * docs/regels.md#melden-bij-rod: every OPP is registered in ParnasSys as an onderwijsarrangement,
 * or DUO's counts don't match. Fails only when an OPP is known and the arrangements were
 * read and none covers today; with no OPP known and none running there is nothing to say.
 */
import type { ParnassysFacts } from '../../facts/parnassys-facts';
import { covers } from '../periods';
import { isoToDmy } from '../../dates';
import type { Rule, Verdict } from '../rule';
import { arrangementEvidence, knownPeriods } from './arrangement-periods';

const HOW = { topdossier: 'rod.how.topdossier', page: 'rod.how.page', user: 'rod.how.user', lijst: 'rod.how.lijst', 'lijst-naam': 'rod.how.lijst-naam' } as const;

const rule: Rule<ParnassysFacts> = {
  id: 'rod.arrangement',
  page: 'arrangements',
  check(facts, ctx): Verdict {
    const evidence = arrangementEvidence(facts);
    const known = knownPeriods(facts, ctx.today);
    const how = facts.opp.how ? [HOW[facts.opp.how]] : [];
    if (known?.unreadable.length) {
      return { status: 'review', message: 'rod.arrangement.review.datum', params: { datum: known.unreadable[0]! }, evidence };
    }
    if (!known && facts.listUnreadable) return { status: 'review', message: 'rod.lijst.onleesbaar', evidence };
    if (!known) {
      return facts.opp.known
        ? { status: 'review', message: 'rod.arrangement.review.check', params: { hoe: how }, evidence }
        : { status: 'n/a', message: 'rod.arrangement.na', evidence };
    }
    if (known.periods.some((p) => covers(p, ctx.today))) return { status: 'pass', message: 'rod.arrangement.pass', evidence };
    const future = known.periods.filter((p) => p.begin > ctx.today).map((p) => p.begin).sort()[0];
    if (future) return { status: 'review', message: 'rod.arrangement.review.later', params: { datum: isoToDmy(future) }, evidence };
    // A match on name alone may be a namesake: ask, never say it is missing.
    if (facts.opp.known && facts.opp.how === 'lijst-naam') return { status: 'review', message: 'rod.arrangement.review.naam', params: { hoe: how }, evidence };
    if (facts.opp.known) return { status: 'fail', message: 'rod.arrangement.fail', params: { hoe: how }, evidence };
    // Nothing known of an OPP: most pupils. A "?" on each of them would teach users to ignore it.
    return { status: 'n/a', message: 'rod.arrangement.na.leeg', evidence };
  },
};
export default rule;
