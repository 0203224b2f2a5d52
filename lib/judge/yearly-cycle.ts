/**
 * The year around an OPP, as pure date rules shared by the ParnasSys rules and the school's
 * ROD-controle (lib/overzicht/compare.ts):
 * - registration: DUO asks the begin date of the ontwikkelingsperspectief registered and
 *   exchanged within 14 days (docs/regels.md#proces-bij-rod), and ROD receives only the dates,
 *   so an arrangement's begin date is the OPP's;
 * - an OPP that ended: "Als de extra ondersteuning vervalt, vervalt ook het OPP"
 *   (docs/regels.md#stappen-registreren-opp-bij-rod): back at basisondersteuning, the running
 *   arrangement needs its einddatum.
 */
import { daysBetween, isoDaysBefore } from '../dates';
import { covers, type Period } from './periods';
import { schoolYearOf } from './school-year';

/** DUO: the begin date registered and exchanged within this many days. */
export const REGISTER_DAYS = 14;

export type Registration =
  /** An arrangement runs, begun within 14 days of the OPP's start. */
  | { kind: 'same' }
  /** An arrangement runs, but none begins within 14 days of the OPP's start: `begin` is the nearest. */
  | { kind: 'differs'; begin: string }
  /** None runs, and the 14 days have not passed: `deadline` is the last day. */
  | { kind: 'in-time'; deadline: string }
  /** None runs, more than 14 days after the start: `days` since the start. */
  | { kind: 'late'; days: number };

/** How the arrangements stand against the OPP's start date (`start`, ISO) on `today`. */
export function registration(start: string, periods: readonly Period[], today: string): Registration {
  const running = periods.filter((p) => covers(p, today));
  if (running.length) {
    const gaps = running.map((p) => ({ begin: p.begin, gap: Math.abs(daysBetween(start, p.begin)) })).sort((a, b) => a.gap - b.gap);
    return gaps[0]!.gap <= REGISTER_DAYS ? { kind: 'same' } : { kind: 'differs', begin: gaps[0]!.begin };
  }
  const days = daysBetween(start, today);
  return days > REGISTER_DAYS ? { kind: 'late', days } : { kind: 'in-time', deadline: isoDaysBefore(start, -REGISTER_DAYS) };
}

/** Back at basisondersteuning, with an arrangement that runs on without an end date. */
export function supportEndedOpen(basis: boolean, periods: readonly Period[], today: string): boolean {
  return basis && periods.some((p) => p.end === null && covers(p, today));
}

export interface DatedDocument {
  dates: readonly string[];
  months: readonly string[];
  schoolYears: readonly number[];
  ago: readonly { min: number; max: number }[];
  unreadable: boolean;
}

/**
 * Whether a document is of the school year `today` is in. A school year it names decides ("OPP
 * 2024-2025" uploaded in September is last year's); then any date it shows; a relative date
 * ("3 maanden geleden") only when its whole range falls on one side. Nothing readable: unsure.
 */
export function ofThisSchoolYear(doc: DatedDocument, today: string): 'yes' | 'no' | 'unsure' {
  const year = schoolYearOf(today);
  const first = Number(year.start.slice(0, 4));
  if (doc.schoolYears.length) return doc.schoolYears.includes(first) ? 'yes' : 'no';
  const within = (iso: string) => iso >= year.start && iso <= year.end;
  const exact = [...doc.dates, ...doc.months];
  if (exact.some(within)) return 'yes';
  const ranges = doc.ago.map((a) => [isoDaysBefore(today, a.max), isoDaysBefore(today, a.min)] as const);
  if (ranges.some(([from, to]) => within(from) && within(to))) return 'yes';
  if (ranges.some(([from, to]) => within(from) || within(to))) return 'unsure';
  if (exact.length || ranges.length) return 'no';
  return 'unsure';
}
