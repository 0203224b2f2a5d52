/** From the export's bytes to its table of pupils, or one error: the CLI and the page's worker share this. */
import { exportTable, type ExportTable } from './export-rows';
import { readWorkbook, type Sheet, type WorkbookError } from './read-workbook';

export type ExportError = WorkbookError | 'geen-overzicht';
export type ExportResult = { ok: true; table: ExportTable } | { ok: false; error: ExportError };

export function readExport(bytes: Uint8Array): ExportResult {
  const book = readWorkbook(bytes);
  if (!book.ok) return book;
  const table = exportTable(book.sheets);
  if (table) return { ok: true, table };
  // Plain text (a letter, a .txt note) reads as one column: that is no spreadsheet at all, not
  // a spreadsheet without the right column.
  return { ok: false, error: book.sheets.some(hasColumns) ? 'geen-overzicht' : 'geen-spreadsheet' };
}

/** Some row holds two or more cells: the sheet is a table. */
const hasColumns = (sheet: Sheet): boolean => sheet.rows.some((row) => row.filter((c) => c !== null && c !== '').length >= 2);
