/** From the export's bytes to its table of pupils, or one error: the CLI and the page's worker share this. */
import { exportTable, type ExportTable } from './export-rows';
import { readWorkbook, type WorkbookError } from './read-workbook';

export type ExportError = WorkbookError | 'geen-overzicht';
export type ExportResult = { ok: true; table: ExportTable } | { ok: false; error: ExportError };

export function readExport(bytes: Uint8Array): ExportResult {
  const book = readWorkbook(bytes);
  if (!book.ok) return book;
  const table = exportTable(book.sheets);
  return table ? { ok: true, table } : { ok: false, error: 'geen-overzicht' };
}
