/**
 * opp-check --overzicht with several exports: the board's view (lib/overzicht/board.ts) on files.
 *   opp-check --overzicht a.xlsx b.csv … [--opp-lijst <school>=<saved Topdossier list>] … [--peildatum YYYY-MM-DD] [--json] [--namen] [--lang nl|en]
 * <school> is a school's name, its BRIN, or its export's file name (with or without extension).
 * A file that cannot be read is one line on stderr; the other schools are still shown.
 * Exit 2 when any file could not be read, else 1 when anything is missing (ontbreekt), else 0.
 */
import { todayIso } from '../lib/check-page';
import { parseDate } from '../lib/dates';
import { LANGUAGES, t, type Lang, type MessageKey } from '../lib/i18n';
import { compareBoard, groupSchools, type BoardReport, type CycleOf, type OppOf, type School } from '../lib/overzicht/board';
import { BOARD_COUNTS } from '../lib/overzicht/board-file';
import { fileStem, readSchoolExport } from '../lib/overzicht/school-export';
import { fold } from '../lib/text';
import { InputError } from './input';
import { oppsFromList, readBytes, toJson } from './overzicht';

interface Args {
  files: string[];
  /** The school's name as given, and the list's file. */
  lists: [string, string][];
  peildatum: string;
  json: boolean;
  names: boolean;
  lang: Lang;
}

/** Several exports after --overzicht, or a list given to one school by name: the board's view. */
export function isBoard(argv: readonly string[]): boolean {
  const at = argv.indexOf('--overzicht');
  const exports = argv.slice(at + 1).findIndex((a) => a.startsWith('--'));
  const count = exports < 0 ? argv.length - at - 1 : exports;
  const named = argv.some((a, i) => argv[i - 1] === '--opp-lijst' && /^[^=\\/]+=./.test(a));
  return count > 1 || argv.filter((a) => a === '--overzicht').length > 1 || named;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], lists: [], peildatum: '', json: false, names: false, lang: 'nl' };
  const usage = () => new InputError(t(args.lang, 'bestuur.cli.usage'));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new InputError(t(args.lang, 'cli.error.value', { optie: a }));
      return v;
    };
    if (a === '--overzicht') {
      args.files.push(value());
      while (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) args.files.push(argv[++i]!);
    } else if (a === '--opp-lijst') {
      const v = value();
      const eq = v.indexOf('=');
      args.lists.push(eq > 0 ? [v.slice(0, eq), v.slice(eq + 1)] : ['', v]);
    } else if (a === '--peildatum') args.peildatum = value();
    else if (a === '--json') args.json = true;
    else if (a === '--namen') args.names = true;
    else if (a === '--lang') {
      const l = value();
      if (!(LANGUAGES as readonly string[]).includes(l)) throw new InputError(t(args.lang, 'cli.error.lang', { waarde: l }));
      args.lang = l as Lang;
    } else throw usage();
  }
  if (!args.files.length) throw usage();
  if (args.peildatum && (!/^\d{4}-\d{2}-\d{2}$/.test(args.peildatum) || !parseDate(args.peildatum).ok)) throw new InputError(t(args.lang, 'overzicht.error.datum'));
  return { ...args, peildatum: args.peildatum || todayIso() };
}

/** Whether `given` names the school: its name, its BRIN, or one of its files (with or without extension). */
const names = (school: School, given: string): boolean => {
  const g = fold(given);
  return [school.name, school.brin ?? '', ...school.files.flatMap((f) => [f.file, fileStem(f.file)])].some((n) => n && (fold(n) === g || fold(fileStem(n)) === g));
};

/** Each school's OPPs: from its list, or none known (the CLI has no browser storage). */
function listsOf(args: Args, schools: readonly School[]): { oppOf: (school: School) => OppOf; cycleOf: (school: School) => CycleOf | undefined } {
  const bySchool = new Map<School, { oppOf: OppOf; cycleOf: CycleOf }>();
  for (const [name, file] of args.lists) {
    // A list without a school's name is the only school's, as with one export.
    const school = name ? schools.find((s) => names(s, name)) : schools.length === 1 ? schools[0] : undefined;
    if (!school) throw new InputError(t(args.lang, 'bestuur.cli.list-school', { naam: name || file, scholen: schools.map((s) => s.name).join(', ') }));
    bySchool.set(school, oppsFromList(file, args.lang));
  }
  return { oppOf: (school) => bySchool.get(school)?.oppOf ?? (() => null), cycleOf: (school) => bySchool.get(school)?.cycleOf };
}

export function boardJson(board: BoardReport, withNames: boolean): unknown {
  return {
    kind: board.kind,
    peildatum: board.peildatum,
    totals: board.totals,
    schools: board.schools.map((s) => ({
      school: s.school.name,
      brin: s.school.brin,
      namedBy: s.school.byColumn ? 'kolom' : 'bestand',
      files: s.school.files.map((f) => f.file),
      duo: { opps: s.report.totals.withArrangement, cluster: s.report.totals.cluster, ok: s.duo },
      ...(toJson(s.report, withNames) as object),
    })),
    errors: board.errors,
  };
}

function format(board: BoardReport, lang: Lang): string {
  const head = [t(lang, 'bestuur.col.school'), ...BOARD_COUNTS.map((k) => t(lang, `bestuur.col.${k}` as MessageKey)), t(lang, 'bestuur.col.duo')];
  const yesNo = (ok: boolean) => t(lang, ok ? 'bestuur.duo.ja' : 'bestuur.duo.nee');
  const rows = [
    ...board.schools.map((s) => [s.school.brin ? `${s.school.name} (${s.school.brin})` : s.school.name, ...BOARD_COUNTS.map((k) => String(s.report.totals[k])), yesNo(s.duo)]),
    [t(lang, 'bestuur.total', { aantal: board.totals.schools }), ...BOARD_COUNTS.map((k) => String(board.totals[k])), t(lang, 'bestuur.duo.total', { ja: board.totals.duoJa, scholen: board.totals.schools })],
  ];
  // Columns as wide as their widest cell; the long headers are numbered above the table.
  const widths = head.map((_, c) => Math.max(c === 0 ? head[0]!.length : 3, ...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [
    t(lang, 'bestuur.cli.head', { peildatum: board.peildatum, scholen: board.totals.schools }),
    ...head.slice(1).map((h, i) => `  (${i + 1}) ${h}`),
    line([head[0]!, ...head.slice(1).map((_, i) => `(${i + 1})`)]),
    ...rows.map(line),
    '',
    t(lang, 'bestuur.duo.explain'),
  ].join('\n');
}

export function runBoard(argv: string[]): { code: number; out: string; err: string } {
  try {
    const args = parseArgs(argv);
    // A file that is not there stops nothing: one line for it, the other schools still show.
    const missing: string[] = [];
    const read = args.files.flatMap((file) => {
      try {
        return [readSchoolExport(readBytes(file, args.lang), file)];
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        missing.push(`opp-check: ${error.message}`);
        return [];
      }
    });
    const grouped = groupSchools(read);
    const lists = listsOf(args, grouped.schools);
    const board = compareBoard(grouped, args.peildatum, lists.oppOf, lists.cycleOf);
    const err = [...missing, ...board.errors.map((e) => `opp-check: ${t(args.lang, 'bestuur.error.file', { bestand: e.file, fout: t(args.lang, `overzicht.error.${e.error}` as MessageKey) })}`)];
    if (!board.schools.length) return { code: 2, out: '', err: [...err, `opp-check: ${t(args.lang, 'bestuur.error.none')}`].join('\n') };
    const out = args.json ? JSON.stringify(boardJson(board, args.names), null, 2) : format(board, args.lang);
    const anyMissing = board.schools.some((s) => s.report.pupils.some((p) => p.status === 'ontbreekt'));
    return { code: err.length ? 2 : anyMissing ? 1 : 0, out, err: err.join('\n') };
  } catch (error) {
    if (error instanceof InputError) return { code: 2, out: '', err: `opp-check: ${error.message}` };
    throw error;
  }
}
