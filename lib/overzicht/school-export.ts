/**
 * One export of the board's view (components/BoardView.tsx, cli/bestuur.ts): the same table as
 * the one-school check reads (read-export.ts), named by its school. A school or BRIN column
 * names each row's school, so one file may hold several schools; without one, the file's name
 * is the school's. Bad input gives one error for this file only: the other schools still show.
 */
import { fold } from '../text';
import { exportTable, type ExportTable } from './export-rows';
import type { ExportError } from './read-export';
import { readWorkbook, type Cell } from './read-workbook';

export interface SchoolPart {
  /** The school's name as the export writes it, else its BRIN, else the file's name without extension. */
  school: string;
  brin: string | null;
  /** Named by a column of the export (true) or by the file's name (false). */
  byColumn: boolean;
  table: ExportTable;
}

export type SchoolExportResult = { ok: true; file: string; parts: SchoolPart[] } | { ok: false; file: string; error: ExportError };

/** Headers of the school's name and its BRIN number (folded), as ParnasSys and boards name them. */
const SCHOOL = /^(school|schoolnaam|naam (van de )?school|school ?naam|vestiging|vestigingsnaam|naam vestiging|locatie|schoollocatie)$/;
const BRIN = /^(brin|brin ?(nummer|nr\.?|code)|brin(vestiging| vestiging)|brin ?\/ ?vestiging|brin ?\+ ?vestiging)$/;

const text = (c: Cell | undefined): string => (c === null || c === undefined ? '' : String(c)).replace(/\s+/g, ' ').trim();

/** "Export De Wilg.xlsx" → "Export De Wilg"; a path's folders are no part of the name. */
export const fileStem = (file: string): string => file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || file;

export function readSchoolExport(bytes: Uint8Array, file: string): SchoolExportResult {
  const book = readWorkbook(bytes);
  if (!book.ok) return { ok: false, file, error: book.error };
  const table = exportTable(book.sheets);
  if (!table) return { ok: false, file, error: 'geen-overzicht' };
  const cells = book.sheets.find((s) => s.name === table.sheet)!.rows;
  const header = (cells[table.headerRow - 1] ?? []).map((c) => fold(text(c)).replace(/[:*]+$/, '').trim());
  const schoolCol = header.findIndex((h) => SCHOOL.test(h));
  const brinCol = header.findIndex((h) => BRIN.test(h));
  const whole: SchoolPart = { school: fileStem(file), brin: null, byColumn: false, table };
  if (schoolCol < 0 && brinCol < 0) return { ok: true, file, parts: [whole] };

  // Rows grouped by their school: by BRIN where it is written, else by the name. A row without
  // either belongs to the file. The first name written names the school.
  const parts = new Map<string, SchoolPart>();
  for (const row of table.rows) {
    const at = (col: number) => (col < 0 ? '' : text(cells[row.row - 1]?.[col]));
    const name = at(schoolCol);
    const brin = at(brinCol).toUpperCase().replace(/\s+/g, '') || null;
    const key = brin ?? (name ? fold(name) : '');
    const part = parts.get(key) ?? { school: '', brin, byColumn: key !== '', table: { ...table, rows: [] } };
    parts.set(key, part);
    if (!part.school && name) part.school = name;
    part.table.rows.push(row);
  }
  for (const part of parts.values()) if (!part.school) part.school = part.brin ?? whole.school;
  return { ok: true, file, parts: parts.size ? [...parts.values()] : [whole] };
}
