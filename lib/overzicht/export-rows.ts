/**
 * Finds the export's header row by meaning (title rows above it, columns in any order, a
 * second unrelated sheet beside it) and turns each data row into an ExportRow.
 */
import { fold } from '../text';
import { canonicalName } from '../privacy/pupil-key';
import { cellDate, type CellDate } from './cell-date';
import { columnOf, type Column } from './columns';
import type { Cell, Sheet } from './read-workbook';

export interface ExportRow {
  /** The row number in the sheet, as the spreadsheet shows it (1-based). */
  row: number;
  name: string;
  birth: CellDate;
  group: string;
  begin: CellDate;
  end: CellDate;
  swv: string;
  remarks: string;
}

export interface ExportTable {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<Column, number>>;
  rows: ExportRow[];
  /** The sheet had more rows than were read (read-workbook.ts, MAX_ROWS). */
  truncated: boolean;
  /** The peildatum a title row above the table names ("Peildatum 28-11-2026"), if one does. */
  peildatum?: string;
}

/** How many rows from the top a header may be (title rows, a date, an empty line above it). */
const HEADER_SEARCH = 30;

const text = (c: Cell | undefined): string => (c === null || c === undefined ? '' : String(c)).replace(/\s+/g, ' ').trim();

/** Which column each header cell names; the first meaning found wins per column. */
function columnsOf(row: Cell[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  row.forEach((cell, i) => {
    const folded = fold(text(cell)).replace(/[:*]+$/, '').trim();
    if (!folded || folded.length > 80) return;
    const column = columnOf(folded);
    if (column && found[column] === undefined) found[column] = i;
  });
  return found;
}

/** A header names the pupil (a name, or name parts) and the arrangement's start date. */
function isHeader(cols: Partial<Record<Column, number>>): boolean {
  const named = cols.naam !== undefined || cols.achternaam !== undefined;
  return named && cols.begin !== undefined;
}

function nameOf(row: Cell[], cols: Partial<Record<Column, number>>): string {
  const at = (c: Column) => (cols[c] === undefined ? '' : text(row[cols[c]!]));
  if (cols.achternaam !== undefined) return [at('voornaam'), at('tussenvoegsel'), at('achternaam')].filter(Boolean).join(' ');
  return at('naam');
}

/** A line that sums up the sheet instead of naming a pupil: a count, a total, a date of printing. */
function isSummary(name: string): boolean {
  return /\d/.test(name) || /:\s*$/.test(name) || /^(aantal|totaal|total|subtotaal|som|count|gemiddeld|afgedrukt|geprint|peildatum)\b/i.test(name.trim());
}

/**
 * The peildatum the export's title rows name, in the same cell ("Peildatum 28-11-2026") or the
 * next one; only a date that reads as one counts (else the user fills it in, as before).
 */
function peildatumAbove(rows: readonly Cell[][], header: number): string | undefined {
  for (const row of rows.slice(0, header)) {
    for (let i = 0; i < row.length; i++) {
      const cell = text(row[i]);
      if (!/^peildatum\b/i.test(cell)) continue;
      const rest = cell.replace(/^peildatum\s*:?\s*/i, '');
      const date = rest ? cellDate(rest) : cellDate(row.slice(i + 1).find((c) => text(c) !== '') ?? null);
      if (date?.ok) return date.iso;
    }
  }
  return undefined;
}

/** The export's table in the first sheet that has one; null when no sheet looks like the export. */
export function exportTable(sheets: readonly Sheet[]): ExportTable | null {
  for (const sheet of sheets) {
    for (let r = 0; r < Math.min(HEADER_SEARCH, sheet.rows.length); r++) {
      const columns = columnsOf(sheet.rows[r] ?? []);
      if (!isHeader(columns)) continue;
      const rows: ExportRow[] = [];
      for (let i = r + 1; i < sheet.rows.length; i++) {
        const row = sheet.rows[i] ?? [];
        const name = nameOf(row, columns);
        // Empty lines, a total or count line ("Aantal leerlingen: 14"), a repeated header: no pupil.
        if (!name || canonicalName(name) === '' || isSummary(name) || isHeader(columnsOf(row))) continue;
        const at = (c: Column) => (columns[c] === undefined ? null : (row[columns[c]!] ?? null));
        rows.push({
          row: i + 1,
          name,
          birth: cellDate(at('geboortedatum')),
          group: text(at('groep') ?? ''),
          begin: cellDate(at('begin')),
          end: cellDate(at('einde')),
          swv: text(at('swv') ?? ''),
          remarks: text(at('opmerkingen') ?? ''),
        });
      }
      const peildatum = peildatumAbove(sheet.rows, r);
      return { sheet: sheet.name, headerRow: r + 1, columns, rows, truncated: sheet.truncated, ...(peildatum ? { peildatum } : {}) };
    }
  }
  return null;
}
