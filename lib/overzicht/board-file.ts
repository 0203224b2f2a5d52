/**
 * The board's view as a file on the user's own machine: .xlsx with a summary sheet and a sheet
 * per school (the one-school report's rows, report-file.ts), or .csv with the summary. Built in
 * memory and handed to the browser's download (or written by the CLI), never sent anywhere.
 */
import { utils, write, type WorkBook } from '@e965/xlsx';
import { t, type Lang, type MessageKey } from '../i18n';
import type { BoardReport, Totals } from './board';
import { reportRows } from './report-file';

/** The counts of the summary, in the order of the page's table. */
export const BOARD_COUNTS = ['pupils', 'withArrangement', 'oppKnown', 'oppKnownWithoutArrangement', 'cluster'] as const satisfies readonly (keyof Totals)[];

export function boardRows(board: BoardReport, lang: Lang): (string | number)[][] {
  const yesNo = (ok: boolean) => t(lang, ok ? 'bestuur.duo.ja' : 'bestuur.duo.nee');
  const head = [t(lang, 'bestuur.col.school'), t(lang, 'bestuur.col.brin'), t(lang, 'bestuur.col.files'), ...BOARD_COUNTS.map((k) => t(lang, `bestuur.col.${k}` as MessageKey)), t(lang, 'bestuur.col.duo')];
  const rows = board.schools.map((s) => [s.school.name, s.school.brin ?? '', s.school.files.map((f) => f.file).join('; '), ...BOARD_COUNTS.map((k) => s.report.totals[k]), yesNo(s.duo)]);
  const total = [t(lang, 'bestuur.total', { aantal: board.totals.schools }), '', '', ...BOARD_COUNTS.map((k) => board.totals[k]), t(lang, 'bestuur.duo.total', { ja: board.totals.duoJa, scholen: board.totals.schools })];
  const errors = board.errors.map((e) => [t(lang, 'bestuur.error.file', { bestand: e.file, fout: t(lang, `overzicht.error.${e.error}` as MessageKey) })]);
  return [head, ...rows, total, ...(errors.length ? [[], ...errors] : [])];
}

/** A sheet's name: at most 31 characters, none of : \ / ? * [ ], unique in the book. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || '-';
  let out = base;
  for (let i = 2; taken.has(out.toLowerCase()); i++) out = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(out.toLowerCase());
  return out;
}

export function boardBook(board: BoardReport, lang: Lang): WorkBook {
  const book = utils.book_new();
  const taken = new Set<string>();
  utils.book_append_sheet(book, utils.aoa_to_sheet(boardRows(board, lang)), sheetName(t(lang, 'bestuur.sheet.summary'), taken));
  for (const s of board.schools) utils.book_append_sheet(book, utils.aoa_to_sheet(reportRows(s.report, lang)), sheetName(s.school.name, taken));
  return book;
}

/** The file's bytes: the page wraps them in a Blob, the CLI writes them. */
export function boardFileBytes(board: BoardReport, lang: Lang, kind: 'csv' | 'xlsx'): Uint8Array<ArrayBuffer> {
  if (kind === 'csv') return new TextEncoder().encode(`\ufeff${utils.sheet_to_csv(utils.aoa_to_sheet(boardRows(board, lang)), { FS: ';' })}`);
  return new Uint8Array(write(boardBook(board, lang), { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

export const BOARD_FILE_TYPE = { csv: 'text/csv;charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;
