/**
 * Dutch dates as Topdossier and ParnasSys may show them: 01-09-2026, 1-9-26, 01/09/2026,
 * 2026-09-01, "1 september 2026", "1 sept. 2026". Pure, no DOM.
 * A date that cannot be read is an error with a reason, never a guess.
 */
import { fold } from './text';

/** Today in the machine's time zone, as an ISO date. */
export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export type DateResult = { ok: true; iso: string } | { ok: false; reason: 'empty' | 'format' | 'impossible' };

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, feb: 2, februari: 2, mrt: 3, maart: 3, mar: 3, apr: 4, april: 4, mei: 5,
  jun: 6, juni: 6, jul: 7, juli: 7, aug: 8, augustus: 8, sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, nov: 11, november: 11, dec: 12, december: 12,
  // English, for pages shown in English.
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10,
};

const NUMERIC = /(?<![\d])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?![\d])/g;
const ISO = /(?<![\d])(\d{4})-(\d{2})-(\d{2})(?![\d])/g;
const WRITTEN = /(?<![\d])(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})(?![\d])/g;

/** Each match's three groups, and where it starts, as strings. */
function groups(text: string, pattern: RegExp): [string, string, string, string, string][] {
  return Array.from(text.matchAll(pattern), (m) => [m[0], m[1] ?? '', m[2] ?? '', m[3] ?? '', String(m.index)]);
}

function twoDigitYear(y: number): number {
  // ParnasSys' short form "1-9-26": pupils and OPP's live in this century.
  return y < 100 ? 2000 + y : y;
}

function build(y: number, m: number, d: number): DateResult {
  if (m < 1 || m > 12 || d < 1 || d > 31) return { ok: false, reason: 'impossible' };
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, reason: 'impossible' };
  }
  return { ok: true, iso: date.toISOString().slice(0, 10) };
}

/**
 * Texts already read, with their dates: a check asks the same field's dates of several rules
 * (the OPP's start, its deadline, its evaluations), and a re-check while typing asks again of
 * every field but the one typed in. Bounded: emptied when full, as a page has few date fields.
 */
const READ = new Map<string, readonly DateResult[]>();
const READ_MAX = 256;

/** Every date written in a piece of text, in order of appearance; unreadable ones included as errors. */
export function findDates(text: string): readonly DateResult[] {
  let dates = READ.get(text);
  if (!dates) {
    if (READ.size >= READ_MAX) READ.clear();
    READ.set(text, (dates = readDates(text)));
  }
  return dates;
}

function readDates(text: string): DateResult[] {
  const folded = fold(text);
  const hits: { at: number; result: DateResult }[] = [];
  for (const [, y, m, d, at = 0] of groups(folded, ISO)) hits.push({ at: +at, result: build(+y, +m, +d) });
  for (const [, d, m, y, at = 0] of groups(folded, NUMERIC)) {
    if (hits.some((h) => Math.abs(h.at - +at) < 10)) continue;
    hits.push({ at: +at, result: build(twoDigitYear(+y), +m, +d) });
  }
  for (const [, d, name, y, at = 0] of groups(folded, WRITTEN)) {
    const month = MONTHS[name];
    if (month === undefined) continue;
    hits.push({ at: +at, result: build(+y, month, +d) });
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.result);
}

/** The single date a field holds ("01-09-2026"), or why it has none. */
export function parseDate(text: string): DateResult {
  if (fold(text) === '') return { ok: false, reason: 'empty' };
  const found = findDates(text);
  return found[0] ?? { ok: false, reason: 'format' };
}

/** Whole days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

/** An ISO date as the apps write it (2025-09-15 → 15-09-2025); '' for none. */
export function isoToDmy(iso: string | null | undefined): string {
  return iso ? iso.split('-').reverse().join('-') : '';
}
