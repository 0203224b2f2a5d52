/**
 * docs/regels.md#melden-bij-rod: every OPP is registered in ParnasSys as an onderwijsarrangement,
 * or DUO's counts don't match. Fails only when an OPP is known and the arrangements were
 * read and none covers today; with no OPP known and none running there is nothing to say.
 * The year around it (lib/judge/yearly-cycle.ts): within 14 days of the OPP's start it is not
 * late yet; more than 14 days, the fail says how late; a running arrangement begun far from the
 * OPP's start, or still open while the pupil is back at basisondersteuning, is asked about; an
 * onderwijstijdverkorting for a medical reason is asked about, never red.
 */
import type { ParnassysFacts } from '../../facts/parnassys-facts';
import { covers } from '../periods';
import { isoToDmy } from '../../dates';
import { registration, supportEndedOpen } from '../yearly-cycle';
import type { Rule, RuleFixtures, RuleMeta, Verdict } from '../rule';
import { arrangementEvidence, knownPeriods } from '../arrangement-periods';

const HOW = { topdossier: 'rod.how.topdossier', page: 'rod.how.page', user: 'rod.how.user', lijst: 'rod.how.lijst', 'lijst-naam': 'rod.how.lijst-naam' } as const;

export const meta = {
  id: 'rod.arrangement',
  page: 'arrangements',
  source: 'source.rod',
  guide: 'parnassys-rod',
  teach: ['begin', 'einde'],
  badge: true,
} as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = {
  pass: ['parnassys/ps-passend-een', 'parnassys/ps-passend-written'],
  fail: ['parnassys/ps-passend-blocks', 'parnassys/ps-passend-leeg-otv'],
  review: ['parnassys/ps-passend-onbekend', 'parnassys/ps-dossier-tabel', 'parnassys/ps-kaart-kentalis'],
  'n/a': ['parnassys/ps-passend-leeg', 'parnassys/ps-kaart', 'parnassys/ps-dossier-geen-opp'],
};

const rule: Rule<ParnassysFacts> = {
  ...meta,
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
    if (known.periods.some((p) => covers(p, ctx.today))) {
      // Back at basisondersteuning, the arrangement runs on without an end date: has the OPP lapsed?
      if (supportEndedOpen(facts.basis === true, known.periods, ctx.today)) return { status: 'review', message: 'rod.arrangement.review.vervallen', evidence };
      // ROD receives only the dates: the arrangement's begin should be the OPP's start (DUO: within 14 days).
      const reg = facts.opp.start ? registration(facts.opp.start, known.periods, ctx.today) : null;
      if (reg?.kind === 'differs') return { status: 'review', message: 'rod.arrangement.review.begindatum', params: { begin: isoToDmy(reg.begin), opp: isoToDmy(facts.opp.start!) }, evidence };
      return { status: 'pass', message: 'rod.arrangement.pass', evidence };
    }
    const future = known.periods.filter((p) => p.begin > ctx.today).map((p) => p.begin).sort()[0];
    if (future) return { status: 'review', message: 'rod.arrangement.review.later', params: { datum: isoToDmy(future) }, evidence };
    // A match on name alone may be a namesake: ask, never say it is missing.
    if (facts.opp.known && facts.opp.how === 'lijst-naam') return { status: 'review', message: 'rod.arrangement.review.naam', params: { hoe: how }, evidence };
    if (facts.opp.known) {
      // The medical exception of the Variawet route: registering is not required (docs/regels.md#alle-opps-melden).
      if (facts.opp.medical) return { status: 'review', message: `rod.arrangement.review.${facts.opp.medical}`, params: { hoe: how }, evidence };
      // Back at basisondersteuning: the OPP may have lapsed with the extra support.
      if (facts.basis) return { status: 'review', message: 'rod.arrangement.review.basis', params: { hoe: how }, evidence };
      if (facts.opp.start) {
        // DUO: registered within 14 days of the OPP's start; before that it is not late yet.
        const reg = registration(facts.opp.start, known.periods, ctx.today);
        if (reg.kind === 'in-time') return { status: 'review', message: 'rod.arrangement.review.termijn', params: { datum: isoToDmy(facts.opp.start), tot: isoToDmy(reg.deadline) }, evidence };
        if (reg.kind === 'late') return { status: 'fail', message: 'rod.arrangement.fail.laat', params: { datum: isoToDmy(facts.opp.start), dagen: reg.days, hoe: how }, evidence };
      }
      return { status: 'fail', message: 'rod.arrangement.fail', params: { hoe: how }, evidence };
    }
    // Nothing known of an OPP: most pupils. A "?" on each of them would teach users to ignore it.
    return { status: 'n/a', message: 'rod.arrangement.na.leeg', evidence };
  },
};
export default rule;
