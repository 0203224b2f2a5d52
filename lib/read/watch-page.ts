/**
 * Re-runs a check when the page changes: typing, pasting, choosing, and parts replaced by
 * Ajax (Wicket does that without a navigation). Debounced so a burst of keystrokes costs
 * one check; stops when the signal aborts (the extension reloaded or was removed).
 */
export const RECHECK_DELAY_MS = 150;

export function watchPage(doc: Document, onChange: () => void, signal: AbortSignal, delay = RECHECK_DELAY_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!signal.aborted) onChange();
    }, delay);
  };
  for (const type of ['input', 'change']) doc.addEventListener(type, schedule, { capture: true, signal });
  const observer = new MutationObserver((records) => {
    // Our own layer changing is no reason to look again.
    if (records.every((r) => (r.target as Element).closest?.('[data-opp-wijzer]'))) return;
    schedule();
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
