/**
 * What the toolbar badge says for a report. Topdossier: the number of fails. ParnasSys:
 * red "!" for a fail, amber "?" for something to check, nothing when in order. Pure.
 */
import type { Report } from './contract';
import { t, type Lang } from './i18n';

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

// Both keep white text readable (contrast 5.9:1 and 6.4:1). AMBER is also "Controleren" on every screen (test/look.test.ts).
const RED = '#b3261e';
export const AMBER = '#7a4f00';

export function badgeFor(report: Report, lang: Lang = 'nl'): BadgeState {
  const fails = report.findings.filter((f) => f.status === 'fail').length;
  const reviews = report.findings.filter((f) => f.status === 'review').length;
  const title = fails
    ? t(lang, 'badge.title.fail', { aantal: fails })
    : reviews
      ? t(lang, 'badge.title.review', { aantal: reviews })
      : t(lang, 'badge.title.ok');
  if (report.app === 'parnassys' && report.page !== 'opp') {
    if (fails) return { text: '!', color: RED, title };
    if (reviews) return { text: '?', color: AMBER, title };
    return { text: '', color: RED, title };
  }
  return { text: fails > 0 ? String(fails) : '', color: RED, title };
}
