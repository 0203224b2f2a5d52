/**
 * The ROD requirements once: a pupil's rows of the school's export are judged by the same rules
 * as the pupil's Passend onderwijs page in ParnasSys (lib/judge/rules/rod.*), on the peildatum
 * instead of today, and their verdicts become the report's flags. So the page and the report can
 * never answer differently (an arrangement that starts after the peildatum is "controleren" in
 * both: ROD did not count it on that day, and it may be the registration, only dated later).
 */
import type { ParnassysFacts } from '../facts/parnassys-facts';
import type { JudgeContext } from '../judge/rule';
import rodArrangement from '../judge/rules/rod.arrangement';
import rodEinddatum from '../judge/rules/rod.einddatum';
import rodOverlap from '../judge/rules/rod.overlap';
import type { ExportRow } from './export-rows';
import type { PupilCycle } from './cycle-flags';

/** The flags the ROD rules give, by the message of their verdict. */
const BY_MESSAGE = {
  'rod.arrangement.fail': 'opp-zonder-arrangement',
  'rod.arrangement.fail.laat': 'opp-te-laat',
  'rod.arrangement.review.termijn': 'opp-binnen-termijn',
  'rod.arrangement.review.naam': 'opp-naam-zonder-arrangement',
  'rod.arrangement.review.basis': 'opp-vervallen',
  'rod.arrangement.review.vervallen': 'ondersteuning-gestopt',
  'rod.arrangement.review.begindatum': 'begindatum-wijkt-af',
  'rod.arrangement.review.later': 'arrangement-begint-later',
  'rod.arrangement.review.datum': 'datum-onleesbaar',
  'rod.arrangement.review.medisch': 'opp-medisch',
  'rod.arrangement.review.gemengd': 'opp-medisch',
  'rod.einddatum.review': 'geen-einddatum',
  'rod.einddatum.review.volgorde': 'einde-voor-begin',
  'rod.overlap.fail': 'overlap',
} as const;

export type RodFlag = (typeof BY_MESSAGE)[keyof typeof BY_MESSAGE];

/** An export cell's date as the rules read a page's: the ISO date, or the text as written. */
const written = (d: ExportRow['begin']) => (d === null ? '' : d.ok ? d.iso : d.text);

/** The pupil's rows as the facts the ParnasSys page would give: its arrangements, and what is known of the OPP. */
export function pupilFacts(rows: readonly ExportRow[], opp: 'zeker' | 'naam' | null, cycle: PupilCycle | null): ParnassysFacts {
  return {
    kind: 'arrangements',
    arrangements: rows.filter((r) => r.begin !== null).map((r) => ({ begin: written(r.begin), end: written(r.end), label: '', where: '' })),
    formOpen: false,
    rodPerspectives: null,
    opp: {
      known: opp !== null,
      ...(opp ? { how: opp === 'naam' ? ('lijst-naam' as const) : ('lijst' as const) } : {}),
      // A start date belongs to the pupil by name and birth date only.
      ...(opp === 'zeker' && cycle?.oppStart ? { start: cycle.oppStart } : {}),
      ...(opp === 'zeker' && cycle?.medical ? { medical: cycle.medical } : {}),
    },
    ...(cycle?.basis !== undefined ? { basis: cycle.basis } : {}),
    remembered: null,
  };
}

/** The flags the ROD rules give for a pupil's rows on the peildatum. */
export function rodFlags(facts: ParnassysFacts, peildatum: string): RodFlag[] {
  const ctx: JudgeContext = { today: peildatum, evaluationsAdvised: 2 };
  const flags = [rodArrangement, rodEinddatum, rodOverlap].map((rule) => BY_MESSAGE[rule.check(facts, ctx).message as keyof typeof BY_MESSAGE]);
  return [...new Set(flags.filter((f): f is RodFlag => f !== undefined))];
}
