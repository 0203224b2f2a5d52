/**
 * Dates the page states for an OPP part, read with the one date reader (lib/dates.ts). Pure.
 *
 * Three outcomes a rule must keep apart:
 * - *dates*: the dates the part holds, each with what the text says around it (held or planned);
 * - *unread*: the part holds text with a date OPP-wijzer cannot place ("2 feb.", "31-02-2026",
 *   "schooljaar 2024-2025", "in juni"), or holds words but no date at all: ask, never conclude
 *   that an evaluation is missing;
 * - nothing: the part is empty (or holds only a placeholder).
 */
import type { OppFacts, OppPartKey } from '../facts/opp-facts';
import { fieldsOf } from '../facts/opp-facts';
import { readDateText } from '../dates';
import { hasContent } from './content';

export interface PartDates {
  /** Whole dates (a day). */
  dates: string[];
  /** Months without a day ("februari 2026"), as their first day: enough to place a school year, never a count of days. */
  months: string[];
  /** A date-like text that is not a real date (31-02-2026), or a date without its year ("2 feb."). */
  unreadable: boolean;
  /** The part holds words but not one date OPP-wijzer could place (and `keep` keeps those words). */
  undated: boolean;
}

/** Where a clause ends: ";", a line end, or a full stop before the next sentence (see `sentenceEnds`). */
const CLAUSE_END = /[;\n]|\.(?=\s+\p{L})|\.\s*$/gu;
/** Words a full stop abbreviates, not ends: months ("2 feb. 2026"), "nr.", "o.a.", initials. */
const ABBREVIATION = /(^|\s)(jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|nr|ca|bijv|evt|o\.a|m\.b\.t|i\.p\.v|t\.a\.v|dhr|mevr|mw|[a-z]|\d+)$/;

/**
 * Each date of a text with the words before it (from the clause's start or the date before it)
 * and after it (to the next date or the clause's end). "Gepland: 2 feb. 2027; gehouden 16 jun.
 * 2026" gives "gepland:" before the first and "gehouden" before the second; a table row
 * "3 feb 2026 | Evaluatie met ouders | Gehouden" has its status after the date.
 */
export function datedClauses(text: string): { iso: string | null; ok: boolean; month: boolean; before: string; after: string }[] {
  const reading = readDateText(text);
  const { folded } = reading;
  const ends = Array.from(folded.matchAll(CLAUSE_END), (m) => m.index ?? 0).filter((at) => folded[at] !== '.' || !ABBREVIATION.test(folded.slice(Math.max(0, at - 8), at)));
  const bounds = [0, ...ends.map((at) => at + 1), folded.length];
  const clauseOf = (at: number) => {
    let start = 0;
    let end = folded.length;
    for (const b of bounds) {
      if (b <= at) start = b;
      else {
        end = b;
        break;
      }
    }
    return { start, end };
  };
  const all = [
    ...reading.dates.map((d) => ({ at: d.at, end: d.end, iso: d.result.ok ? d.result.iso : null, ok: d.result.ok, month: false })),
    ...reading.months.map((m) => ({ at: m.at, end: m.end, iso: m.iso, ok: true, month: true })),
  ].sort((a, b) => a.at - b.at);
  return all.map((d, i) => {
    const clause = clauseOf(d.at);
    const from = Math.max(clause.start, i > 0 ? all[i - 1]!.end : 0);
    const to = Math.min(clause.end, all[i + 1]?.at ?? folded.length);
    return { iso: d.iso, ok: d.ok, month: d.month, before: folded.slice(from, d.at), after: folded.slice(d.end, to) };
  });
}

/** `keep`: which dates count, by the words before and after them (folded). Default: all. */
export function datesOf(facts: OppFacts, part: OppPartKey, keep?: (before: string, after: string) => boolean): PartDates {
  const values = fieldsOf(facts, part)
    .filter((f) => !f.container)
    .flatMap((f) => f.values);
  let unreadable = false;
  let undated = false;
  const dates: string[] = [];
  const months: string[] = [];
  for (const value of values) {
    const clauses = datedClauses(value);
    if (readDateText(value).loose.length) unreadable = true;
    // Words without a date count as an undated statement only when `keep` would keep them: "nog te
    // plannen" says no evaluation was held, so it leaves nothing unread.
    if (clauses.length === 0 && hasContent(value) && (!keep || keep(readDateText(value).folded, ''))) undated = true;
    for (const c of clauses) {
      if (!c.ok) unreadable = true;
      else if (c.iso && (!keep || keep(c.before, c.after))) (c.month ? months : dates).push(c.iso);
    }
  }
  return { dates: dates.sort(), months: months.sort(), unreadable, undated };
}

/** When the OPP was set: its own date, or else the date parents consented. */
export function startOf(facts: OppFacts): PartDates {
  const set = datesOf(facts, 'datum.vastgesteld');
  if (set.dates.length || set.unreadable) return set;
  return datesOf(facts, 'instemming');
}
