/** Dates the page states for an OPP part, read with the Dutch date parser. Pure. */
import type { OppFacts, OppPartKey } from '../../facts/opp-facts';
import { fieldsOf } from '../../facts/opp-facts';
import { findDates } from '../../dates';
import { fold } from '../../text';

export interface PartDates {
  dates: string[];
  /** A date-like text that is not a real date (31-02-2026). */
  unreadable: boolean;
}

/** `keep`: which clauses (split at ; , . and line ends) count, by their folded text. Default: all. */
export function datesOf(facts: OppFacts, part: OppPartKey, keep?: (clause: string) => boolean): PartDates {
  const values = fieldsOf(facts, part)
    .filter((f) => !f.container)
    .flatMap((f) => f.values);
  const texts = keep ? values.flatMap((v) => v.split(/[;,\n]|\.\s/)).filter((clause) => keep(fold(clause))) : values;
  const results = texts.flatMap((v) => findDates(v));
  return {
    dates: results.flatMap((r) => (r.ok ? [r.iso] : [])).sort(),
    unreadable: results.some((r) => !r.ok),
  };
}

/** When the OPP was set: its own date, or else the date parents consented. */
export function startOf(facts: OppFacts): PartDates {
  const set = datesOf(facts, 'datum.vastgesteld');
  if (set.dates.length || set.unreadable) return set;
  return datesOf(facts, 'instemming');
}
