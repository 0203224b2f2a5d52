/** What the toolbar badge says for a report: the number of fails, or nothing. Pure. */
import type { Report } from './contract';

export interface BadgeState {
  text: string;
  color: string;
}

export function badgeFor(report: Report): BadgeState {
  const fails = report.findings.filter((f) => f.status === 'fail').length;
  // Red that keeps white text readable (contrast 5.9:1).
  return { text: fails > 0 ? String(fails) : '', color: '#b3261e' };
}
