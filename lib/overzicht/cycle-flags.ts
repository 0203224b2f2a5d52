/**
 * The year around an OPP in the school's ROD-controle (lib/judge/yearly-cycle.ts, the same rules
 * as on the ParnasSys page), where OPP-wijzer knows the OPP's start date or the pupil's level:
 * - no arrangement on the peildatum, more than 14 days after the OPP's start: `opp-te-laat`
 *   (ontbreekt, saying how late); within 14 days: `opp-binnen-termijn` (controleren);
 * - an arrangement on the peildatum begun more than 14 days from the OPP's start: `begindatum-wijkt-af`;
 * - back at basisondersteuning with an arrangement open on the peildatum: `ondersteuning-gestopt`;
 *   and an OPP known without an arrangement is then asked about, not missing (`opp-vervallen`).
 */
import { registration } from '../judge/yearly-cycle';
import type { Period } from '../judge/periods';

/** What OPP-wijzer knows of a pupil's year besides "has an OPP". */
export interface PupilCycle {
  /** The OPP's start date (ISO), as Topdossier showed it. */
  oppStart?: string;
  /** The dossier list last showed the pupil at basisondersteuning. */
  basis?: boolean;
  /** The OPP's onderwijstijdverkorting gives a medical reason (the Variawet exception; lib/judge/otv-medical.ts). */
  medical?: 'medisch' | 'gemengd';
}

/** What the flag text needs: the OPP's start, days since it, the arrangement's begin. */
export interface CycleDetail {
  oppStart: string;
  dagen?: number;
  begin?: string;
  deadline?: string;
}

/** The dates a flag's text gives for the OPP's start (`oppStart`): how late, the deadline, the arrangement's begin. */
export function cycleDetail(oppStart: string, periods: readonly Period[], peildatum: string): CycleDetail {
  const reg = registration(oppStart, periods, peildatum);
  if (reg.kind === 'late') return { oppStart, dagen: reg.days };
  if (reg.kind === 'in-time') return { oppStart, deadline: reg.deadline };
  if (reg.kind === 'differs') return { oppStart, begin: reg.begin };
  return { oppStart };
}
