/**
 * A ParnasSys export, as bytes, into the cells of each sheet. The export's exact format is
 * not documented: .xlsx, .xls (the binary format, or the HTML or XML table a web application
 * saves under that name) and .csv are all read, by SheetJS (README: why this library).
 * Bad input gives one error code, never an exception: the page shows one Dutch sentence.
 */
import { read, utils } from '@e965/xlsx';

export const MAX_BYTES = 20 * 1024 * 1024;
/** More rows than any board's export: read up to here, and say the rest was left out. */
export const MAX_ROWS = 100_000;

export type Cell = string | number | boolean | null;
export interface Sheet {
  name: string;
  rows: Cell[][];
  /** The sheet has more than MAX_ROWS rows; those after it were not read. */
  truncated: boolean;
}

export type WorkbookError = 'leeg' | 'te-groot' | 'wachtwoord' | 'geen-spreadsheet';
export type WorkbookResult = { ok: true; sheets: Sheet[] } | { ok: false; error: WorkbookError };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Whether `bytes` can be a spreadsheet at all: a workbook's signature, or text (CSV, HTML, XML). */
function looksReadable(bytes: Uint8Array): boolean {
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) return true;
  // Text: no NUL bytes and few control characters in the first 4 KB.
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control <= head.length / 100;
}

/**
 * A text export (CSV, or an HTML or XML table) as text: valid UTF-8 is UTF-8, with or without a
 * byte-order mark ("Zoë Kramer", not "ZoÃ« Kramer"); anything else is Windows-1252, as Excel
 * writes a CSV on a Dutch Windows computer.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function readWorkbook(bytes: Uint8Array): WorkbookResult {
  if (bytes.length === 0) return { ok: false, error: 'leeg' };
  if (bytes.length > MAX_BYTES) return { ok: false, error: 'te-groot' };
  if (!looksReadable(bytes)) return { ok: false, error: 'geen-spreadsheet' };
  let book;
  try {
    // raw: text formats keep "01-10-2025" as text (no guessing at US dates); dense is faster.
    const options = { raw: true, dense: true, cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false, cellText: false, cellNF: false, sheetRows: MAX_ROWS + 1 } as const;
    const binary = startsWith(bytes, ZIP) || startsWith(bytes, OLE);
    book = binary ? read(bytes, { type: 'array', ...options }) : read(decodeText(bytes), { type: 'string', ...options });
  } catch (error) {
    return { ok: false, error: /password|encrypt/i.test(String(error)) ? 'wachtwoord' : 'geen-spreadsheet' };
  }
  const sheets = book.SheetNames.map((name): Sheet => {
    const sheet = book.Sheets[name]!;
    const rows = utils.sheet_to_json<Cell[]>(sheet, { header: 1, raw: true, defval: null, blankrows: true });
    // sheetRows stops one row past the limit: that row says there were more.
    const total = sheet['!fullref'] ? utils.decode_range(sheet['!fullref']).e.r + 1 : rows.length;
    return { name, rows: rows.slice(0, MAX_ROWS), truncated: total > MAX_ROWS };
  });
  if (sheets.every((s) => s.rows.every((r) => r.every((c) => c === null || c === '')))) return { ok: false, error: 'leeg' };
  return { ok: true, sheets };
}
