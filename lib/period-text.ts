/**
 * The one reader of periods (an arrangement's, an OPP's), in every way they are written:
 * two fields ("Begindatum" 01-10-2026, "Einddatum" – ), or one text: "01-08-2026 – 31-07-2027",
 * "Periode: 1 augustus 2024 t/m 31 juli 2026", "van 01-10-2026 tot en met 31-07-2028",
 * "sinds 15 september 2026", "vanaf 1-10-2026", "01-10-2026 – heden", with or without a status
 * beside it ("Lopend", "Beëindigd"). Pure, no DOM; dates come from lib/dates.ts.
 *
 * An end written "–", "-", "geen", "onbekend" or left empty is *no end date yet* (the period
 * runs on), never an unreadable date.
 */
import { readDateText, type DateResult } from './dates';
import { fold } from './text';

export type PeriodStatus = 'running' | 'ended';

export interface PeriodText {
  /** The first date, or null when the text names none. */
  begin: DateResult | null;
  /** The end: a date, `open` (written as running on), or null (the text says nothing of it). */
  end: DateResult | 'open' | null;
  /** What a status word beside the dates says, if any. */
  status: PeriodStatus | null;
}

/** An end that is not there yet: a dash, a word, nothing. Folded text. */
const OPEN_END = /^(-+|–|—|\.+|…|geen|onbekend|nog (niet )?onbekend|nog niet bekend|niet bekend|nvt|n\.v\.t\.?|open|heden|nu|lopend|doorlopend|\(leeg\)|leeg|tot nader bericht|ongoing|present|none|n\/a)$/;
/** Between two dates: the end follows. */
const RANGE_WORD = /^\s*(t\/m|tm|tot en met|tot|-+|–|—|→|->|to|until|till|through|t\.?\s?m\.?)\s*$/;
/** Before a single date: the period began then and runs on. */
const SINCE = /\b(sinds|vanaf|per|m\.i\.v\.|met ingang van|ingangsdatum|since|from|as of|starting)\s*:?\s*$/;
/** After a begin date: the period runs on. */
const RUNS_ON = /^\s*(-|–|—|t\/m|tot)?\s*(heden|nu|nog lopend|lopend|doorlopend|onbepaalde tijd|present|now|ongoing)\b/;
const RUNNING = /\b(lopend|loopt|actief|active|running|huidig|current|in behandeling)\b/;
const ENDED = /\b(beeindigd|afgesloten|gestopt|verlopen|inactief|geeindigd|be-eindigd|ended|closed|expired|inactive|afgerond)\b/;

/** Whether a field's whole text means "no end date yet". */
export function isOpenEnd(text: string): boolean {
  const folded = fold(text).replace(/[:;,]+$/, '').trim();
  return folded === '' || OPEN_END.test(folded);
}

/** The status a text states ("Lopend", "Beëindigd"), or null. */
export function statusOf(text: string): PeriodStatus | null {
  const folded = fold(text);
  if (ENDED.test(folded) && !/\bniet (beeindigd|afgesloten)\b/.test(folded)) return 'ended';
  return RUNNING.test(folded) ? 'running' : null;
}

/** A period written in one text, or the begin of one with its end elsewhere. */
export function readPeriod(text: string): PeriodText {
  const reading = readDateText(text);
  const { folded, dates } = reading;
  const status = statusOf(folded);
  const first = dates[0];
  if (!first) return { begin: null, end: null, status };
  const second = dates[1];
  if (second && RANGE_WORD.test(folded.slice(first.end, second.at))) return { begin: first.result, end: second.result, status };
  const after = folded.slice(first.end);
  if (RUNS_ON.test(after) || SINCE.test(folded.slice(0, first.at))) return { begin: first.result, end: 'open', status };
  // "01-08-2026 –" with nothing after the dash: runs on.
  if (/^\s*(-|–|—|t\/m|tot( en met)?)\s*$/.test(after)) return { begin: first.result, end: 'open', status };
  return { begin: first.result, end: null, status };
}
