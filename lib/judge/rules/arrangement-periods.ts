/** Arrangement dates as written on the page, parsed; a date that can't be read is kept as an error. */
import { parseDate } from '../../dates';
import type { ParnassysFacts } from '../../facts/parnassys-facts';
import type { Period } from '../periods';

export interface ParsedPeriods {
  periods: Period[];
  /** Why a date could not be read: an impossible date is never a fail. */
  unreadable: string[];
}

export function parsePeriods(list: { begin: string; end: string }[]): ParsedPeriods {
  const periods: Period[] = [];
  const unreadable: string[] = [];
  for (const a of list) {
    const begin = parseDate(a.begin);
    const end = a.end.trim() === '' ? null : parseDate(a.end);
    if (!begin.ok) unreadable.push(a.begin || '(leeg)');
    else if (end && !end.ok) unreadable.push(a.end);
    else periods.push({ begin: begin.iso, end: end && end.ok ? end.iso : null });
  }
  return { periods, unreadable };
}

/** The pupil's arrangements: from this page, or else as remembered from Passend onderwijs. */
export function knownPeriods(facts: ParnassysFacts): ParsedPeriods | null {
  if (facts.arrangements) return parsePeriods(facts.arrangements);
  if (facts.remembered) return { periods: facts.remembered, unreadable: [] };
  return null;
}

/** Evidence for the ROD rules: the arrangements, or the (empty) list they would be in. */
export function arrangementEvidence(facts: ParnassysFacts): { label: string; where: string }[] {
  // The labels as the page shows them: evidence says what was read, in the page's words.
  const rows = (facts.arrangements ?? []).slice(0, 3).map((a) => ({ label: a.label, where: a.where }));
  if (rows.length) return rows;
  return facts.listWhere ? [{ label: facts.listLabel ?? '', where: facts.listWhere }] : [];
}
