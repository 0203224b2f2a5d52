/**
 * Arrangement dates as written on the page, read by the one period reader (lib/period-text.ts):
 * two fields or one text, an end written "–" or left empty runs on. A date that can't be read is
 * kept as an error, never a guess.
 */
import { isoDaysBefore } from '../dates';
import { isOpenEnd, readPeriod, statusOf } from '../period-text';
import type { ParnassysFacts } from '../facts/parnassys-facts';
import type { Period } from './periods';

export interface ParsedPeriods {
  periods: Period[];
  /** Why a date could not be read: an impossible date is never a fail. */
  unreadable: string[];
  /** Indexes into `periods` of arrangements the page says ended, without an end date: it ended before today, when is unknown. */
  endUnknown: number[];
}

/** The day before `iso`: an arrangement marked ended, with no end date, ended before today. */
function dayBefore(iso: string): string {
  return isoDaysBefore(iso, 1);
}

/**
 * `today`: to place an arrangement the page says has ended ("Beëindigd") but gives no end
 * date: it ended some day before today (it covers no day from today on).
 */
export function parsePeriods(list: { begin: string; end: string; status?: string }[], today?: string): ParsedPeriods {
  const periods: Period[] = [];
  const unreadable: string[] = [];
  const endUnknown: number[] = [];
  for (const a of list) {
    const begin = readPeriod(a.begin).begin;
    if (!begin || !begin.ok) {
      unreadable.push(a.begin || '—');
      continue;
    }
    const end = endOf(a);
    if (end.kind === 'unreadable') {
      unreadable.push(end.text);
      continue;
    }
    if (end.kind === 'ended' && today) endUnknown.push(periods.length);
    const endIso = end.kind === 'date' ? end.iso : end.kind === 'ended' && today ? (begin.iso < today ? dayBefore(today) : begin.iso) : null;
    periods.push({ begin: begin.iso, end: endIso });
  }
  return { periods, unreadable, endUnknown };
}

export type ArrangementEnd =
  | { kind: 'date'; iso: string }
  /** No end date yet: the arrangement runs on. */
  | { kind: 'open' }
  /** The page says it ended ("Beëindigd") but gives no end date. */
  | { kind: 'ended' }
  | { kind: 'unreadable'; text: string };

/** An arrangement's end: its own field, else the period written in its begin's text. */
export function endOf(a: { begin: string; end: string; status?: string }): ArrangementEnd {
  const inBegin = readPeriod(a.begin);
  const status = statusOf(a.status ?? '') ?? inBegin.status;
  if (!isOpenEnd(a.end)) {
    const date = readPeriod(a.end).begin;
    return date && date.ok ? { kind: 'date', iso: date.iso } : { kind: 'unreadable', text: a.end };
  }
  if (inBegin.end && inBegin.end !== 'open') return inBegin.end.ok ? { kind: 'date', iso: inBegin.end.iso } : { kind: 'unreadable', text: a.begin };
  return status === 'ended' ? { kind: 'ended' } : { kind: 'open' };
}

/** The pupil's arrangements: from this page, or else as remembered from Passend onderwijs. */
export function knownPeriods(facts: ParnassysFacts, today?: string): ParsedPeriods | null {
  if (facts.arrangements) return parsePeriods(facts.arrangements, today);
  if (facts.remembered) return { periods: facts.remembered, unreadable: [], endUnknown: [] };
  return null;
}

/** Evidence for the ROD rules: the arrangements, or the (empty) list they would be in. */
export function arrangementEvidence(facts: ParnassysFacts): { label: string; where: string }[] {
  // The labels as the page shows them: evidence says what was read, in the page's words.
  const rows = (facts.arrangements ?? []).slice(0, 3).map((a) => ({ label: a.label, where: a.where }));
  if (rows.length) return rows;
  return facts.listWhere ? [{ label: facts.listLabel ?? '', where: facts.listWhere }] : [];
}
