/** School years run from 1 August to 31 July (WPO). Pure date arithmetic on ISO strings. */

export interface SchoolYear {
  /** "2025-2026" */
  name: string;
  start: string;
  end: string;
}

export function schoolYearOf(iso: string): SchoolYear {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const first = m >= 8 ? y : y - 1;
  return { name: `${first}-${first + 1}`, start: `${first}-08-01`, end: `${first + 1}-07-31` };
}

/** Every school year that overlaps the period from `from` to `to`, oldest first. */
export function schoolYearsBetween(from: string, to: string): SchoolYear[] {
  const years: SchoolYear[] = [];
  for (let y = schoolYearOf(from); y.start <= to; y = schoolYearOf(`${Number(y.end.slice(0, 4))}-08-01`)) {
    years.push(y);
    if (years.length > 30) break;
  }
  return years;
}
