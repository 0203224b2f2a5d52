/**
 * Re-runs a check when the page changes: typing, pasting, choosing, and parts replaced by
 * Ajax (Wicket does that without a navigation). Debounced so a burst of keystrokes costs
 * one check; stops when the signal aborts (the extension reloaded or was removed).
 */
export const RECHECK_DELAY_MS = 150;

/** What changed since the last check: the controls typed in, and whether the page's structure moved. */
export interface PageChange {
  inputs: Set<Element>;
  /** Elements or text outside form fields changed (Ajax): everything must be read again. */
  structural: boolean;
}

/** Nodes that are all OPP-wijzer's own layer hosts (or none at all, which the caller pairs). */
function onlyOurs(nodes: NodeList): boolean {
  for (const n of Array.from(nodes)) if (!(n.nodeType === 1 && (n as Element).hasAttribute('data-opp-wijzer'))) return false;
  return true;
}

export function watchPage(doc: Document, onChange: (change: PageChange) => void, signal: AbortSignal, delay = RECHECK_DELAY_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let change: PageChange = { inputs: new Set(), structural: false };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (signal.aborted) return;
      const done = change;
      change = { inputs: new Set(), structural: false };
      onChange(done);
    }, delay);
  };
  const onInput = (e: Event) => {
    if (e.target instanceof Element) change.inputs.add(e.target);
    else change.structural = true;
    schedule();
  };
  for (const type of ['input', 'change']) doc.addEventListener(type, onInput, { capture: true, signal });
  const observer = new MutationObserver((records) => {
    // Our own layer changing is no reason to look again; typing in a contenteditable is an input.
    const relevant = records.filter((r) => {
      const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      if (!el || el.closest('[data-opp-wijzer]')) return false;
      // Our layer's host added to or removed from the page's <body> is no change of the page:
      // taking it for Ajax would hold a part the user just emptied as "being updated".
      if (r.type === 'childList' && onlyOurs(r.addedNodes) && onlyOurs(r.removedNodes)) return false;
      const editable = el.closest('[contenteditable]:not([contenteditable=false])');
      if (editable) change.inputs.add(editable);
      return !editable;
    });
    if (relevant.length) change.structural = true;
    schedule();
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
