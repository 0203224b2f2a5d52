/**
 * opp-check --overzicht: the ROD-controle page's check, on files.
 *   opp-check --overzicht <export> [--opp-lijst <saved Topdossier list page>] [--peildatum YYYY-MM-DD] [--json] [--namen] [--lang nl|en]
 * No names in the output unless --namen. Exit 1 when anything is missing (ontbreekt), 2 on bad input.
 */
import { readFileSync, statSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { todayIso } from '../lib/check-page';
import { parseDate } from '../lib/dates';
import { LANGUAGES, t, type Lang, type MessageKey } from '../lib/i18n';
import { compareExport, type OppKnown, type OverzichtReport } from '../lib/overzicht/compare';
import { cyclesOfList, oppsOfList } from '../lib/overzicht/list-opps';
import { readExport } from '../lib/overzicht/read-export';
import { readDossierList } from '../lib/read/dossier-list-reader';
import { InputError, readHtml } from './input';
import { flagText } from '../lib/overzicht/flag-text';
import type { PupilCycle } from '../lib/overzicht/cycle-flags';

interface Args {
  file: string;
  list?: string;
  peildatum: string;
  json: boolean;
  names: boolean;
  lang: Lang;
}

function parseArgs(argv: string[]): Args {
  const args: Partial<Args> = { json: false, names: false, lang: 'nl' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new InputError(t(args.lang!, 'cli.error.value', { optie: a }));
      return v;
    };
    if (a === '--overzicht') args.file = value();
    else if (a === '--opp-lijst') args.list = value();
    else if (a === '--peildatum') args.peildatum = value();
    else if (a === '--json') args.json = true;
    else if (a === '--namen') args.names = true;
    else if (a === '--lang') {
      const l = value();
      if (!(LANGUAGES as readonly string[]).includes(l)) throw new InputError(t(args.lang!, 'cli.error.lang', { waarde: l }));
      args.lang = l as Lang;
    } else throw new InputError(t(args.lang!, 'overzicht.cli.usage'));
  }
  if (!args.file) throw new InputError(t(args.lang!, 'overzicht.cli.usage'));
  if (args.peildatum !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(args.peildatum) || !parseDate(args.peildatum).ok)) {
    throw new InputError(t(args.lang!, 'overzicht.error.datum'));
  }
  return { file: args.file, list: args.list, peildatum: args.peildatum ?? todayIso(), json: args.json!, names: args.names!, lang: args.lang! };
}

export function readBytes(file: string, lang: Lang): Uint8Array {
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new InputError(t(lang, 'cli.error.missing', { bestand: file }));
  }
  // A folder named where a file was meant: one clear line, not a stack trace.
  if (!isFile) throw new InputError(t(lang, 'cli.error.missing', { bestand: file }));
  return new Uint8Array(readFileSync(file));
}

/** The OPPs a saved Topdossier list shows (by name and birth date, or by name alone), and each pupil's year; also the board's (cli/bestuur.ts). */
export function oppsFromList(file: string, lang: Lang): { oppOf: (name: string, birth: string | null) => OppKnown; cycleOf: (name: string, birth: string | null) => PupilCycle | null } {
  const pupils = readDossierList(new JSDOM(readHtml(file, lang)).window.document);
  if (!pupils) throw new InputError(t(lang, 'overzicht.cli.list-unreadable'));
  return { oppOf: oppsOfList(pupils), cycleOf: cyclesOfList(pupils) };
}

export function toJson(report: OverzichtReport, names: boolean): unknown {
  return {
    kind: report.kind,
    peildatum: report.peildatum,
    totals: report.totals,
    truncated: report.truncated,
    pupils: report.pupils.map((p) => ({ row: p.row, status: p.status, flags: p.flags, ...(names ? { name: p.name, birth: p.birth, group: p.group } : {}) })),
  };
}

function format(report: OverzichtReport, names: boolean, lang: Lang): string {
  const x = report.totals;
  const lines = [t(lang, 'overzicht.cli.totals', { leerlingen: x.pupils, met: x.withArrangement, zonder: x.withoutArrangement, peildatum: report.peildatum, opps: x.oppKnown, oppZonder: x.oppKnownWithoutArrangement })];
  lines.push(t(lang, 'overzicht.duo.text', { opps: x.withArrangement, cluster: x.cluster, zonder: x.clusterWithoutArrangement }));
  if (report.truncated) lines.push(t(lang, 'overzicht.cut'));
  for (const p of report.pupils.filter((q) => q.status !== 'ok')) {
    const who = names ? `${p.name}${p.birth ? ` (${p.birth})` : ''}` : `${t(lang, 'overzicht.col.row')} ${p.row}`;
    lines.push(`${t(lang, `overzicht.status.${p.status}` as MessageKey).padEnd(12)} ${who}: ${p.flags.map((f) => flagText(lang, p, f)).join('; ')}`);
  }
  return lines.join('\n');
}

export function runOverzicht(argv: string[]): { code: number; out: string; err: string } {
  try {
    const args = parseArgs(argv);
    const result = readExport(readBytes(args.file, args.lang));
    if (!result.ok) throw new InputError(t(args.lang, `overzicht.error.${result.error}` as MessageKey));
    const list = args.list ? oppsFromList(args.list, args.lang) : null;
    const report = compareExport(result.table, args.peildatum, list?.oppOf ?? (() => null), list?.cycleOf);
    const out = args.json ? JSON.stringify(toJson(report, args.names), null, 2) : format(report, args.names, args.lang);
    return { code: report.pupils.some((p) => p.status === 'ontbreekt') ? 1 : 0, out, err: '' };
  } catch (error) {
    if (error instanceof InputError) return { code: 2, out: '', err: `opp-check: ${error.message}` };
    throw error;
  }
}
