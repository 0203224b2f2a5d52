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
/**
 * The longest a fail is held: a page that never goes quiet (a ticker, a clock without ARIA) would
 * otherwise hold a part the user emptied as "being updated" for ever.
 */
export const SETTLE_MAX_MS = 2000;

export interface Settler {
  /** `next` as it may be shown now, given what was shown before (`previous`). */
  hold<C extends PageCheck>(previous: PageCheck | null, next: C, lang: Lang): C;
}

/** `confirm` reads the page again, without holding, once the page has been quiet. */
export function settler(confirm: () => void, signal: AbortSignal): Settler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the fails now held were first held (0: none held). */
  let heldSince = 0;
  signal.addEventListener('abort', () => clearTimeout(timer));
  return {
    hold(previous, next, lang) {
      clearTimeout(timer);
      const before = new Map(previous?.report.findings.map((f) => [f.rule, f.status]));
      // Only a newly failing rule is held: one that failed before, or is new on the page, stands.
      const isNew = (f: { rule: string }) => before.get(f.rule) !== undefined && before.get(f.rule) !== 'fail';
      if (!next.report.findings.some((f) => f.status === 'fail' && isNew(f))) {
        heldSince = 0;
        return next;
      }
      const findings = holdFails(next.report.findings, t(lang, 'general.updating'), isNew);
      const now = Date.now();
      if (!heldSince) heldSince = now;
      timer = setTimeout(() => {
        heldSince = 0;
        if (!signal.aborted) confirm();
      }, Math.max(0, Math.min(SETTLE_MS, heldSince + SETTLE_MAX_MS - now)));
      return { ...next, report: { ...next.report, findings } };
    },
  };
}
