/**
 * The year around an OPP in the school's ROD-controle (lib/judge/yearly-cycle.ts, the same rules
 * as on the ParnasSys page), where OPP-wijzer knows the OPP's start date or the pupil's level:
 * - no arrangement on the peildatum, more than 14 days after the OPP's start: `opp-te-laat`
 *   (ontbreekt, saying how late); within 14 days: `opp-binnen-termijn` (controleren);
 * - an arrangement on the peildatum begun more than 14 days from the OPP's start: `begindatum-wijkt-af`;
 * - back at basisondersteuning with an arrangement open on the peildatum: `ondersteuning-gestopt`;
 *   and an OPP known without an arrangement is then asked about, not missing (`opp-vervallen`).
 */
import { registration, supportEndedOpen } from '../judge/yearly-cycle';
import type { Period } from '../judge/periods';

/** What OPP-wijzer knows of a pupil's year besides "has an OPP". */
export interface PupilCycle {
  /** The OPP's start date (ISO), as Topdossier showed it. */
  oppStart?: string;
  /** The dossier list last showed the pupil at basisondersteuning. */
  basis?: boolean;
}

export type CycleFlag = 'opp-te-laat' | 'opp-binnen-termijn' | 'begindatum-wijkt-af' | 'ondersteuning-gestopt' | 'opp-vervallen';

/** What the flag text needs: the OPP's start, days since it, the arrangement's begin. */
export interface CycleDetail {
  oppStart: string;
  dagen?: number;
  begin?: string;
  deadline?: string;
}

/**
 * `sure`: an OPP is known by name and birth date; `has`: an arrangement covers the peildatum.
 * Returns the flags to add, and whether `opp-zonder-arrangement` gives way to one of them.
 */
export function cycleFlags(sure: boolean, has: boolean, periods: readonly Period[], peildatum: string, cycle: PupilCycle | null): { flags: CycleFlag[]; replacesMissing: boolean; detail?: CycleDetail } {
  if (!cycle) return { flags: [], replacesMissing: false };
  const flags: CycleFlag[] = [];
  if (supportEndedOpen(cycle.basis === true, periods, peildatum)) flags.push('ondersteuning-gestopt');
  if (!sure) return { flags, replacesMissing: false };
  if (!has && cycle.basis) return { flags: [...flags, 'opp-vervallen'], replacesMissing: true };
  if (!cycle.oppStart) return { flags, replacesMissing: false };
  const reg = registration(cycle.oppStart, periods, peildatum);
  const oppStart = cycle.oppStart;
  if (reg.kind === 'late' && !has) return { flags: [...flags, 'opp-te-laat'], replacesMissing: true, detail: { oppStart, dagen: reg.days } };
  if (reg.kind === 'in-time') return { flags: [...flags, 'opp-binnen-termijn'], replacesMissing: true, detail: { oppStart, deadline: reg.deadline } };
  if (reg.kind === 'differs') return { flags: [...flags, 'begindatum-wijkt-af'], replacesMissing: false, detail: { oppStart, begin: reg.begin } };
  return { flags, replacesMissing: false, detail: { oppStart } };
}
