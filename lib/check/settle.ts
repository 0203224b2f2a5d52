/**
 * Ajax can replace a part in steps: a placeholder first, the content a moment later
 * (Wicket's lazy panels do). A check in between sees the part gone and would report it
 * missing: a false alarm. So after a change to the page's structure, a rule that newly
 * fails is shown as review ("the page is being updated") until the page has been quiet for
 * SETTLE_MS; then the page is read again and what that finds stands.
 *
 * Typing is not held: a field the user empties is missing at once, as they expect.
 */
import type { PageCheck } from './core';
import { holdFails } from './hold-fails';
import { t, type Lang } from '../i18n';

export const SETTLE_MS = 800;

export interface Settler {
  /** `next` as it may be shown now, given what was shown before (`previous`). */
  hold(previous: PageCheck | null, next: PageCheck, lang: Lang): PageCheck;
}

/** `confirm` reads the page again, without holding, once the page has been quiet. */
export function settler(confirm: () => void, signal: AbortSignal): Settler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer));
  return {
    hold(previous, next, lang) {
      clearTimeout(timer);
      const before = new Map(previous?.report.findings.map((f) => [f.rule, f.status]));
      // Only a newly failing rule is held: one that failed before, or is new on the page, stands.
      const isNew = (f: { rule: string }) => before.get(f.rule) !== undefined && before.get(f.rule) !== 'fail';
      if (!next.report.findings.some((f) => f.status === 'fail' && isNew(f))) return next;
      const findings = holdFails(next.report.findings, t(lang, 'general.updating'), isNew);
      timer = setTimeout(() => !signal.aborted && confirm(), SETTLE_MS);
      return { ...next, report: { ...next.report, findings } };
    },
  };
}
