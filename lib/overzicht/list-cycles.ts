/**
 * What a saved Topdossier list of dossiers tells of each pupil's year, for the CLI's ROD-controle:
 * the OPP's start when the list shows it, and whether the pupil is back at basisondersteuning
 * (no row with an OPP, a row at niveau 1-3). Only pupils with a birth date: a name alone is too
 * weak to say more than "perhaps an OPP".
 */
import type { ListedPupil } from '../read/dossier-list-reader';
import { pupilId } from './compare';
import type { PupilCycle } from './cycle-flags';

export function listCycles(pupils: readonly ListedPupil[]): Map<string, PupilCycle> {
  const rows = new Map<string, ListedPupil[]>();
  for (const p of pupils) {
    if (!p.birth) continue;
    const id = pupilId(p.name, p.birth);
    rows.set(id, [...(rows.get(id) ?? []), p]);
  }
  const out = new Map<string, PupilCycle>();
  for (const [id, list] of rows) {
    const withOpp = list.filter((p) => p.hasOpp);
    const start = withOpp.map((p) => p.oppStart).filter((s): s is string => !!s).sort().at(-1);
    const basis = withOpp.length === 0 && list.some((p) => p.level === 'basis');
    if (start || basis) out.set(id, { ...(start ? { oppStart: start } : {}), ...(basis ? { basis: true } : {}) });
  }
  return out;
}
