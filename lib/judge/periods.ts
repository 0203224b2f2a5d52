/** Arrangement periods: which covers a day, which overlap. Open end = runs on. Pure. */

export interface Period {
  begin: string;
  /** ISO date, or null when no einddatum was entered yet. */
  end: string | null;
}

export function covers(p: Period, day: string): boolean {
  return p.begin <= day && (p.end === null || day <= p.end);
}

export function overlap(a: Period, b: Period): boolean {
  const aEnd = a.end ?? '9999-12-31';
  const bEnd = b.end ?? '9999-12-31';
  return a.begin <= bEnd && b.begin <= aEnd;
}

/** Every pair of periods that overlap, by index. */
export function overlappingPairs(periods: Period[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < periods.length; i++) {
    for (let j = i + 1; j < periods.length; j++) if (overlap(periods[i]!, periods[j]!)) pairs.push([i, j]);
  }
  return pairs;
}
