/**
 * The OPPs a saved Topdossier list of dossiers shows (lib/read/dossier-list-reader.ts), as the
 * ROD check asks for them: by name and birth date, or by name alone when the list shows no
 * birth date (then at most "controleren": perhaps a namesake). Used by the CLI and the board's view.
 */
import { canonicalName } from '../privacy/pupil-key';
import type { ListedPupil } from '../read/dossier-list-reader';
import { pupilId, type OppKnown } from './compare';
import type { PupilCycle } from './cycle-flags';
import { listCycles } from './list-cycles';

export function oppsOfList(pupils: readonly ListedPupil[]): (name: string, birth: string | null) => OppKnown {
  const sure = new Set(pupils.filter((p) => p.hasOpp && p.birth).map((p) => pupilId(p.name, p.birth)));
  const byName = new Set(pupils.filter((p) => p.hasOpp && !p.birth).map((p) => canonicalName(p.name)));
  return (name, birth) => (sure.has(pupilId(name, birth)) ? 'zeker' : byName.has(canonicalName(name)) ? 'naam' : null);
}

/** What a saved list tells of each pupil's year (the OPP's start, the level), by name and birth date. */
export function cyclesOfList(pupils: readonly ListedPupil[]): (name: string, birth: string | null) => PupilCycle | null {
  const cycles = listCycles(pupils);
  return (name, birth) => cycles.get(pupilId(name, birth)) ?? null;
}

/** A saved list added to a ROD-controle page: what it says of the pupils' OPPs, or that it holds no list. */
export type SavedList =
  | { file: string; oppOf: (name: string, birth: string | null) => OppKnown; cycleOf: (name: string, birth: string | null) => PupilCycle | null; count: number }
  | { file: string; error: true };

export function savedList(file: string, pupils: readonly ListedPupil[] | null): SavedList {
  return pupils ? { file, oppOf: oppsOfList(pupils), cycleOf: cyclesOfList(pupils), count: pupils.filter((p) => p.hasOpp).length } : { file, error: true };
}
