/**
 * The board's view: every school's export through the one-school check (compare.ts), and the
 * sum. docs/regels.md#melden-bij-rod: DUO shows a board, per school, how many OPPs the school
 * registered and how many arrangements cluster 1 and 2 registered; the school must have at
 * least as many OPPs. Pure: the caller says which pupils of which school have a known OPP.
 */
import type { PupilCycle } from './cycle-flags';
import { fold } from '../text';
import { compareExport, pupilId, type OppKnown, type OverzichtReport } from './compare';
import type { ExportRow, ExportTable } from './export-rows';
import type { ExportError } from './read-export';
import type { SchoolExportResult } from './school-export';

/** Where a school's rows came from: a file, and the rows of the school's table that are its. */
export interface SchoolFile {
  file: string;
  /** The first and last row number in the school's table; with one file, the file's own rows. */
  first: number;
  last: number;
  /** Added to the file's row number to give the row in the school's table (0 for the first file). */
  offset: number;
}

export interface School {
  /** BRIN, else the folded name: what makes two exports one school. */
  key: string;
  name: string;
  brin: string | null;
  byColumn: boolean;
  files: SchoolFile[];
  table: ExportTable;
}

export type Totals = OverzichtReport['totals'];

export interface SchoolReport {
  school: School;
  report: OverzichtReport;
  /** DUO's comparison: at least as many registered OPPs (arrangements on the peildatum) as pupils with cluster 1 or 2. */
  duo: boolean;
}

export interface BoardReport {
  kind: 'bestuur';
  peildatum: string;
  schools: SchoolReport[];
  totals: Totals & { schools: number; duoJa: number; duoNee: number };
  /** Files that could not be read, each with its one error. */
  errors: { file: string; error: ExportError }[];
}

export type OppOf = (name: string, birth: string | null) => OppKnown;
export type CycleOf = (name: string, birth: string | null) => PupilCycle | null;

/** "Minstens evenveel OPP's als arrangementen van cluster 1 en 2": equal counts is yes. */
export const duoOk = (t: Pick<Totals, 'withArrangement' | 'cluster'>): boolean => t.withArrangement >= t.cluster;

/** The schools of all files: a school's rows from several files are one table. */
export function groupSchools(results: readonly SchoolExportResult[]): { schools: School[]; errors: BoardReport['errors'] } {
  const schools = new Map<string, School>();
  const errors: BoardReport['errors'] = [];
  for (const result of results) {
    if (!result.ok) {
      errors.push({ file: result.file, error: result.error });
      continue;
    }
    for (const part of result.parts) {
      const key = part.brin ?? fold(part.school);
      const school = schools.get(key);
      if (!school) {
        const rows = part.table.rows;
        const last = rows.length ? rows[rows.length - 1]!.row : part.table.headerRow;
        schools.set(key, { key, name: part.school, brin: part.brin, byColumn: part.byColumn, files: [{ file: result.file, first: rows[0]?.row ?? last, last, offset: 0 }], table: part.table });
      } else {
        if (part.brin && school.name === school.brin) school.name = part.school;
        school.table = appendFile(school, result.file, part.table);
      }
    }
  }
  return { schools: [...schools.values()], errors };
}

/**
 * A second file of the same school: its rows follow the first file's, numbered on (the school
 * view says which rows are which file). A row both files hold (the same pupil, dates and remarks)
 * is one row: two copies of one arrangement are no overlap.
 */
function appendFile(school: School, file: string, table: ExportTable): ExportTable {
  const seen = new Set(school.table.rows.map(rowKey));
  const offset = school.files[school.files.length - 1]!.last;
  const rows = table.rows.filter((r) => !seen.has(rowKey(r))).map((r) => ({ ...r, row: r.row + offset }));
  const last = (table.rows[table.rows.length - 1]?.row ?? table.headerRow) + offset;
  school.files.push({ file, first: rows[0]?.row ?? last, last, offset });
  return { ...school.table, rows: [...school.table.rows, ...rows], truncated: school.table.truncated || table.truncated };
}

const dateKey = (d: ExportRow['begin']) => (d === null ? '' : d.ok ? d.iso : d.text);
const rowKey = (r: ExportRow) => [pupilId(r.name, r.birth?.ok ? r.birth.iso : null), dateKey(r.begin), dateKey(r.end), fold(r.remarks), fold(r.swv)].join('|');

/** Each school compared as the one-school check does, schools where DUO's comparison fails first. */
/** `cycleOf`: per school, what is known of each pupil's year (from its list or this computer), if anything. */
export function compareBoard(grouped: ReturnType<typeof groupSchools>, peildatum: string, oppOf: (school: School) => OppOf, cycleOf: (school: School) => CycleOf | undefined = () => undefined): BoardReport {
  const schools = grouped.schools.map((school): SchoolReport => {
    const report = compareExport(school.table, peildatum, oppOf(school), cycleOf(school));
    return { school, report, duo: duoOk(report.totals) };
  });
  schools.sort((a, b) => Number(a.duo) - Number(b.duo) || a.school.name.localeCompare(b.school.name, 'nl', { numeric: true }));
  // Every count the one-school check has, summed: the keys of an empty school's totals.
  const zero = compareExport({ sheet: '', headerRow: 0, columns: {}, rows: [], truncated: false }, peildatum, () => null).totals;
  const keys = Object.keys(zero) as (keyof Totals)[];
  const sum = Object.fromEntries(keys.map((k) => [k, schools.reduce((n, s) => n + s.report.totals[k], 0)])) as Totals;
  const duoJa = schools.filter((s) => s.duo).length;
  return { kind: 'bestuur', peildatum, schools, totals: { ...sum, schools: schools.length, duoJa, duoNee: schools.length - duoJa }, errors: grouped.errors };
}

/** The file and its own row number of a row in a school's table. */
export function fileRow(school: School, row: number): { file: string; row: number } {
  const f = [...school.files].reverse().find((x) => row > x.offset) ?? school.files[0]!;
  return { file: f.file, row: row - f.offset };
}
