/**
 * The ROD check of a whole school: each pupil of the ParnasSys export against the OPPs
 * OPP-wijzer knows from Topdossier. Pure: the caller says which pupils have a known OPP.
 * docs/regels.md#melden-bij-rod: every OPP is registered as an onderwijsarrangement; DUO compares
 * the school's registered OPPs with the arrangements cluster 1 and 2 report, and the school
 * must have at least as many OPPs.
 */
import { fold } from '../text';
import { canonicalName } from '../privacy/pupil-key';
import { covers, type Period } from '../judge/periods';
import { CLUSTER_PROVIDER } from '../terms/pupil-terms';
import type { ExportRow, ExportTable } from './export-rows';
import { cycleDetail, type CycleDetail, type PupilCycle } from './cycle-flags';
import { pupilFacts, rodFlags, type RodFlag } from './rod-verdicts';

export type Status = 'ok' | 'ontbreekt' | 'controleren';
export type Flag =
  /** What the ROD rules of the ParnasSys page say on the peildatum (rod-verdicts.ts). */
  | RodFlag
  /** An arrangement, and no OPP known: it may not have been seen yet. */
  | 'arrangement-zonder-opp'
  /** The remarks name a cluster 1 or 2 provider, and no arrangement covers the peildatum. */
  | 'cluster-zonder-arrangement';

const FAILS: readonly Flag[] = ['opp-zonder-arrangement', 'opp-te-laat', 'cluster-zonder-arrangement', 'overlap'];

/** How sure OPP-wijzer is that the pupil has an OPP: by name and birth date, or by name alone. */
export type OppKnown = 'zeker' | 'naam' | null;

export interface PupilResult {
  /** The first row of this pupil in the sheet; `rows` has them all. */
  row: number;
  rows: number[];
  name: string;
  birth: string | null;
  group: string;
  status: Status;
  flags: Flag[];
  periods: Period[];
  opp: OppKnown;
  cluster: boolean;
  /** The OPP's start and how the arrangements stand to it, when known (cycle-flags.ts). */
  cycle?: CycleDetail;
}

export interface OverzichtReport {
  kind: 'overzicht';
  peildatum: string;
  totals: {
    pupils: number;
    withArrangement: number;
    withoutArrangement: number;
    /** OPPs known, by name and birth date or by name alone. */
    oppKnown: number;
    /** Of those, without an arrangement on the peildatum. */
    oppKnownWithoutArrangement: number;
    /** Of `oppKnown`, known by name alone (a list without birth dates): perhaps a namesake. */
    oppKnownByNameOnly: number;
    /** Pupils whose remarks name a cluster 1 or 2 provider, and of those without an arrangement. */
    cluster: number;
    clusterWithoutArrangement: number;
  };
  pupils: PupilResult[];
  /** The sheet had more rows than were read (over the limit). */
  truncated: boolean;
}

/** The identity that joins a pupil's rows: name and birth date as the export shows them. */
export const pupilId = (name: string, birth: string | null) => `${canonicalName(name)}|${birth ?? ''}`;

const ORDER: Record<Status, number> = { ontbreekt: 0, controleren: 1, ok: 2 };

/** `cycleOf`: what OPP-wijzer knows of the pupil's year (OPP start, level); default nothing. */
export function compareExport(table: ExportTable, peildatum: string, oppOf: (name: string, birth: string | null) => OppKnown, cycleOf: (name: string, birth: string | null) => PupilCycle | null = () => null): OverzichtReport {
  const byPupil = new Map<string, ExportRow[]>();
  for (const r of table.rows) {
    const id = pupilId(r.name, r.birth?.ok ? r.birth.iso : null);
    byPupil.set(id, [...(byPupil.get(id) ?? []), r]);
  }
  const pupils = [...byPupil.values()].map((rows) => judgePupil(rows, peildatum, oppOf, cycleOf));
  pupils.sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.row - b.row);
  const has = (p: PupilResult) => p.periods.some((x) => covers(x, peildatum));
  return {
    kind: 'overzicht',
    peildatum,
    totals: {
      pupils: pupils.length,
      withArrangement: pupils.filter(has).length,
      withoutArrangement: pupils.filter((p) => !has(p)).length,
      oppKnown: pupils.filter((p) => p.opp !== null).length,
      oppKnownWithoutArrangement: pupils.filter((p) => p.opp !== null && !has(p)).length,
      oppKnownByNameOnly: pupils.filter((p) => p.opp === 'naam').length,
      cluster: pupils.filter((p) => p.cluster).length,
      clusterWithoutArrangement: pupils.filter((p) => p.cluster && !has(p)).length,
    },
    pupils,
    truncated: table.truncated,
  };
}

function judgePupil(rows: ExportRow[], peildatum: string, oppOf: (name: string, birth: string | null) => OppKnown, cycleOf: (name: string, birth: string | null) => PupilCycle | null): PupilResult {
  const first = rows[0]!;
  const birth = first.birth?.ok ? first.birth.iso : null;
  const periods: Period[] = [];
  for (const r of rows) {
    if (r.begin === null || !r.begin.ok || (r.end !== null && !r.end.ok)) continue;
    periods.push({ begin: r.begin.iso, end: r.end?.ok ? r.end.iso : null });
  }
  const opp = oppOf(first.name, birth);
  const cycle = cycleOf(first.name, birth);
  // The page's own rules on the peildatum (rod-verdicts.ts); then what only a school-wide list shows.
  const flags = new Set<Flag>(rodFlags(pupilFacts(rows, opp, cycle), peildatum));
  const has = periods.some((p) => covers(p, peildatum));
  const cluster = rows.some((r) => CLUSTER_PROVIDER.test(fold(`${r.remarks} ${r.swv}`)));
  if (!has && !flags.has('datum-onleesbaar') && cluster) flags.add('cluster-zonder-arrangement');
  if (has && opp === null) flags.add('arrangement-zonder-opp');
  const list = [...flags];
  const status: Status = list.some((f) => FAILS.includes(f)) ? 'ontbreekt' : list.length ? 'controleren' : 'ok';
  const detail = cycle?.oppStart && !flags.has('datum-onleesbaar') ? cycleDetail(cycle.oppStart, periods, peildatum) : undefined;
  return { row: first.row, rows: rows.map((r) => r.row), name: first.name, birth, group: first.group, status, flags: list, periods, opp, cluster, ...(detail ? { cycle: detail } : {}) };
}
