/**
 * A date in an export cell: text as ParnasSys and Excel write it (dd-mm-jjjj, "1 oktober
 * 2025", ISO), or a spreadsheet serial number (days since 1899-12-30, Excel's 1900 system).
 */
import { findDates } from '../dates';
import type { Cell } from './read-workbook';

export type CellDate = { ok: true; iso: string } | { ok: false; text: string } | null;

/** Serial numbers of the dates a school export can hold (1950–2100). */
const SERIAL_MIN = 18_264;
const SERIAL_MAX = 73_051;

export function cellDate(cell: Cell): CellDate {
  if (cell === null || cell === '' || typeof cell === 'boolean') return null;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < SERIAL_MIN || cell > SERIAL_MAX) return { ok: false, text: String(cell) };
    const ms = Date.UTC(1899, 11, 30) + Math.floor(cell) * 86_400_000;
    return { ok: true, iso: new Date(ms).toISOString().slice(0, 10) };
  }
  const text = cell.trim();
  if (text === '') return null;
  if (/^\d{5}(\.\d+)?$/.test(text)) return cellDate(Number(text));
  const found = findDates(text)[0];
  return found?.ok ? { ok: true, iso: found.iso } : { ok: false, text };
}
