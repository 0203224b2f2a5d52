/**
 * The one reader of dates, for every reader and rule: Dutch dates as people, Topdossier,
 * ParnasSys and UI frameworks write them: 01-09-2026, 1-9-26, 01/09/2026, 1.9.2026,
 * 2026-09-01, "1 september 2026", "1 sept. 2026", "2 feb 2026", "02-feb-2026",
 * "maandag 2 februari 2026", "February 2, 2026"; and, less precise, "februari 2026" (a
 * month). Pure, no DOM. A date that cannot be read is an error with a reason, never a guess.
 *
 * Besides the dates it reads, a text may hold date-like words it cannot place ("2 feb." without
 * a year, "in juni", "12-02", "schooljaar 2024-2025"): those are `loose`, so that a rule can
 * tell *unread* (there is something, OPP-wijzer could not place it: controleren) from *absent*
 * (nothing at all) and never take an unread date for a missing one.
 */
import { fold } from './text';

/** Today in the machine's time zone, as an ISO date. */
export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export type DateResult = { ok: true; iso: string } | { ok: false; reason: 'empty' | 'format' | 'impossible' };

/** Month names and abbreviations, Dutch first; English for pages shown in English. */
const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, feb: 2, febr: 2, februari: 2, mrt: 3, maart: 3, mar: 3, apr: 4, april: 4, mei: 5,
  jun: 6, juni: 6, jul: 7, juli: 7, aug: 8, augustus: 8, sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, nov: 11, november: 11, dec: 12, december: 12,
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10,
};
const MONTH = '(jan|januari|january|febr?|februari|february|mrt|maart|mar|march|apr|april|mei|may|jun|juni|june|jul|juli|july|aug|augustus|august|sept?|september|okt|oct|oktober|october|nov|november|dec|december)';
/** A full month name (an abbreviation alone, "jan", may be a first name). */
const FULL_MONTH = '(januari|january|februari|february|maart|march|april|mei|may|juni|june|juli|july|augustus|august|september|oktober|october|november|december)';

const NUMERIC = /(?<![\d])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?![\d])/g;
const ISO = /(?<![\d])(\d{4})-(\d{2})-(\d{2})(?![\d])/g;
/** "2 februari 2026", "2 feb. 2026", "02-feb-2026", "2 feb '26". */
const WRITTEN = new RegExp(`(?<![\\d])(\\d{1,2})(?:e|ste|de)?[\\s-]+${MONTH}\\b\\.?[\\s-]+('?\\d{4}|'\\d{2})(?![\\d])`, 'g');
/** "February 2, 2026", "feb 2 2026". */
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\b\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?![\\d])`, 'g');
/** "februari 2026", "feb. 2026": a month, no day. */
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\b\\.?\\s+(\\d{4})(?![\\d])`, 'g');
/** "02-2026", "2026-02": a month written with digits. */
const NUMERIC_MONTH = /(?<![\d\-/.])(?:(\d{1,2})[-/](\d{4})|(\d{4})-(\d{1,2}))(?![\d\-/.])/g;
/** "2 feb.", "feb. 2", "12-02": a day without a year. */
const DAY_NO_YEAR = new RegExp(`(?<![\\d])\\d{1,2}(?:e|ste|de)?\\s+${MONTH}\\b|\\b${MONTH}\\b\\.?\\s+\\d{1,2}(?![\\d])|(?<![\\d\\-/.])\\d{1,2}[-/]\\d{1,2}(?![\\d\\-/.])`, 'g');
/** "in juni", "eind mei": a month alone. */
const MONTH_ALONE = new RegExp(`\\b(in|eind|begin|medio|half|midden|voor|na|rond|uiterlijk|per)\\s+${FULL_MONTH}\\b`, 'g');
/** "schooljaar 2024-2025", "2024/2025", "24-25". */
const SCHOOL_YEAR = /(?<![\d\-/.])(20\d{2})\s?[-/]\s?(20\d{2})(?![\d\-/.])|\bschooljaar\s+(\d{2})[-/](\d{2})\b/g;

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

export interface DateMention {
  /** Where it stands in `DateReading.folded`. */
  at: number;
  end: number;
  result: DateResult;
}

export interface MonthMention {
  at: number;
  end: number;
  /** The month as an ISO date of its first day ("februari 2026" → 2026-02-01). */
  iso: string;
}

export interface DateReading {
  /** The text folded (lower case, no diacritics, white space collapsed): positions refer to it. */
  folded: string;
  /** Whole dates, readable or impossible, in order. */
  dates: DateMention[];
  /** Months without a day ("februari 2026"). */
  months: MonthMention[];
  /** Date-like words that name no day or month OPP-wijzer can place: unread, never absent. */
  loose: { at: number; end: number; text: string }[];
}

/**
 * Texts already read: a check asks the same field's dates of several rules (the OPP's start,
 * its deadline, its evaluations), and a re-check while typing asks again of every field but
 * the one typed in. Bounded: emptied when full, as a page has few date fields.
 */
const READ = new Map<string, DateReading>();
const READ_MAX = 256;

/** Everything date-like in a piece of text: dates, months, and what could not be placed. */
export function readDateText(text: string): DateReading {
  let reading = READ.get(text);
  if (!reading) {
    if (READ.size >= READ_MAX) READ.clear();
    READ.set(text, (reading = readAll(text)));
  }
  return reading;
}

/** Every date written in a piece of text, in order of appearance; unreadable ones included as errors. */
export function findDates(text: string): readonly DateResult[] {
  return readDateText(text).dates.map((d) => d.result);
}

const overlaps = (taken: { at: number; end: number }[], at: number, end: number) => taken.some((t) => at < t.end && t.at < end);

function readAll(text: string): DateReading {
  const folded = fold(text);
  const dates: DateMention[] = [];
  const add = (m: RegExpMatchArray, result: DateResult) => {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (!overlaps(dates, at, end)) dates.push({ at, end, result });
  };
  // Digits only when the text has any: most page text has none (a hot path, see bench/).
  const digits = /\d/.test(folded);
  if (digits) {
    for (const m of folded.matchAll(ISO)) add(m, build(+m[1]!, +m[2]!, +m[3]!));
    for (const m of folded.matchAll(NUMERIC)) add(m, build(twoDigitYear(+m[3]!), +m[2]!, +m[1]!));
    for (const m of folded.matchAll(WRITTEN)) add(m, build(twoDigitYear(+m[3]!.replace("'", '')), MONTHS[m[2]!]!, +m[1]!));
    for (const m of folded.matchAll(MONTH_FIRST)) add(m, build(+m[3]!, MONTHS[m[1]!]!, +m[2]!));
  }
  dates.sort((a, b) => a.at - b.at);
  const months: MonthMention[] = [];
  const loose: DateReading['loose'] = [];
  if (digits) {
    const monthAt = (m: RegExpMatchArray, year: number, month: number) => {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (overlaps(dates, at, end) || overlaps(months, at, end)) return;
      if (month >= 1 && month <= 12 && year >= 1900 && year <= 2100) months.push({ at, end, iso: `${year}-${String(month).padStart(2, '0')}-01` });
    };
    for (const m of folded.matchAll(MONTH_YEAR)) monthAt(m, +m[2]!, MONTHS[m[1]!]!);
    for (const m of folded.matchAll(NUMERIC_MONTH)) monthAt(m, +(m[2] ?? m[3])!, +(m[1] ?? m[4])!);
    months.sort((a, b) => a.at - b.at);
  }
  const looseAt = (m: RegExpMatchArray) => {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (!overlaps(dates, at, end) && !overlaps(months, at, end) && !overlaps(loose, at, end)) loose.push({ at, end, text: m[0] });
  };
  if (digits) {
    for (const m of folded.matchAll(SCHOOL_YEAR)) looseAt(m);
    for (const m of folded.matchAll(DAY_NO_YEAR)) looseAt(m);
  }
  for (const m of folded.matchAll(MONTH_ALONE)) looseAt(m);
  loose.sort((a, b) => a.at - b.at);
  return { folded, dates, months, loose };
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

/** How long ago a relative date lies, in days: a month is 28 to 31 days, a year 365 or 366. */
export interface DaysAgo {
  min: number;
  max: number;
}

const AGO_UNITS: Record<string, [number, number]> = {
  dag: [1, 1], dagen: [1, 1], day: [1, 1], days: [1, 1],
  week: [7, 7], weken: [7, 7], weeks: [7, 7],
  maand: [28, 31], maanden: [28, 31], month: [28, 31], months: [28, 31],
  jaar: [365, 366], jaren: [365, 366], year: [365, 366], years: [365, 366],
};
const AGO_COUNT: Record<string, number> = { een: 1, 'één': 1, a: 1, an: 1, one: 1, twee: 2, two: 2, drie: 3, three: 3 };
const AGO = /(?<![\p{L}\d])(\d{1,3}|een|a|an|one|twee|two|drie|three)\s+(dagen|dag|weken|week|maanden|maand|jaren|jaar|days|day|weeks|months|month|years|year)\s+(geleden|ago)\b/u;
const AGO_WORD: Record<string, number> = { vandaag: 0, today: 0, gisteren: 1, yesterday: 1, eergisteren: 2 };

/**
 * A date written relative to the day the page was shown ("vandaag", "gisteren", "3 dagen
 * geleden", "2 months ago"), as days before that day; null when the text has none. Document
 * lists write recent uploads so; the caller knows which day "today" is.
 */
export function daysAgoIn(text: string): DaysAgo | null {
  const folded = fold(text);
  const m = AGO.exec(folded);
  if (m) {
    const count = /\d/.test(m[1]!) ? Number(m[1]) : AGO_COUNT[m[1]!]!;
    const [min, max] = AGO_UNITS[m[2]!]!;
    return { min: count * min, max: count * max };
  }
  const word = folded.match(/(?<![\p{L}])(vandaag|today|eergisteren|gisteren|yesterday)(?![\p{L}])/u);
  if (word) {
    const days = AGO_WORD[word[1]!]!;
    return { min: days, max: days };
  }
  return null;
}

/** The ISO date `days` before (negative: after) `iso`. */
export function isoDaysBefore(iso: string, days: number): string {
  return new Date(Date.parse(iso) - days * 86_400_000).toISOString().slice(0, 10);
}
