/**
 * Re-runs a check when the page changes: typing, pasting, choosing, and parts replaced by
 * Ajax (Wicket does that without a navigation). Debounced so a burst of keystrokes costs
 * one check; stops when the signal aborts (the extension reloaded or was removed).
 */
import { innerTrees } from './composed-page';

export const RECHECK_DELAY_MS = 150;
/**
 * The longest a change waits: a page that changes more often than the delay (a clock, a ticker)
 * would otherwise postpone the check of what the user typed for ever.
 */
export const RECHECK_MAX_WAIT_MS = 600;
/** Parts of a page that change by themselves and say so (ARIA): a clock, a ticker, a progress bar. */
const SELF_CHANGING = '[role=timer], [role=marquee], [role=progressbar]';
const LETTER = /\p{L}/u;

/** What changed since the last check: the controls typed in, and whether the page's structure moved. */
export interface PageChange {
  inputs: Set<Element>;
  /** Elements or text outside form fields changed (Ajax): everything must be read again. */
  structural: boolean;
  /**
   * The address changed without a page load (pushState, replaceState, a hash, back or forward):
   * a new view, read afresh, not an update of the one before (lib/check/settle.ts holds those).
   */
  navigated: boolean;
}

/** How often the address is compared where the browser has no Navigation API (a string compare: nothing on a busy page). */
export const ADDRESS_POLL_MS = 250;

/** Nodes that are all OPP-wijzer's own layer hosts (or none at all, which the caller pairs). */
function onlyOurs(nodes: NodeList): boolean {
  for (const n of Array.from(nodes)) if (!(n.nodeType === 1 && (n as Element).hasAttribute('data-opp-wijzer'))) return false;
  return true;
}

export function watchPage(doc: Document, onChange: (change: PageChange) => void, signal: AbortSignal, delay = RECHECK_DELAY_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fresh = (): PageChange => ({ inputs: new Set(), structural: false, navigated: false });
  let change = fresh();
  /** When the first change not yet checked came (0: none waiting). */
  let waitingSince = 0;
  const win = doc.defaultView;
  let address = doc.location?.href ?? '';
  const schedule = () => {
    clearTimeout(timer);
    const now = Date.now();
    if (!waitingSince) waitingSince = now;
    timer = setTimeout(() => {
      waitingSince = 0;
      if (signal.aborted) return;
      const done = change;
      change = fresh();
      // Compared on every settled change: a view swapped by a router changes the page and the address.
      const here = doc.location?.href ?? '';
      if (here !== address) {
        address = here;
        done.navigated = true;
        done.structural = true;
      }
      // A part swapped in may bring a web component or a frame of its own (looked for once per
      // settled change, not per mutation: a busy page changes many times a second).
      if (done.structural) reachInnerTrees();
      onChange(done);
    }, Math.max(0, Math.min(delay, waitingSince + RECHECK_MAX_WAIT_MS - now)));
  };
  const onInput = (e: Event) => {
    // By node type, not instanceof: a frame's elements belong to the frame's own window.
    const target = e.target as Node | null;
    if (target?.nodeType === 1) change.inputs.add(target as Element);
    else change.structural = true;
    schedule();
  };
  const observer = new MutationObserver((records) => {
    // Our own layer changing is no reason to look again; typing in a contenteditable is an input.
    const relevant = records.filter((r) => {
      const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      if (!el || el.closest('[data-opp-wijzer]')) return false;
      // Our layer's host added to or removed from the page's <body> is no change of the page:
      // taking it for Ajax would hold a part the user just emptied as "being updated".
      if (r.type === 'childList' && onlyOurs(r.addedNodes) && onlyOurs(r.removedNodes)) return false;
      if (el.closest(SELF_CHANGING)) return false;
      const editable = el.closest('[contenteditable]:not([contenteditable=false])');
      if (editable) {
        change.inputs.add(editable);
        return false;
      }
      // A number changed in place (a clock, a counter without ARIA): no word of a part came or went.
      return !(r.type === 'characterData' && !LETTER.test(r.oldValue ?? '') && !LETTER.test(r.target.nodeValue ?? ''));
    });
    const inputsBefore = change.inputs.size;
    if (relevant.length) change.structural = true;
    // Nothing of the page's own changed (our layer, a clock): no check at all.
    if (relevant.length || change.inputs.size > inputsBefore) schedule();
  });
  const options = { childList: true, subtree: true, characterData: true, characterDataOldValue: true };
  const watched = new WeakSet<Node>();
  /** Open shadow roots and same-origin frames are watched too: their typing and changes are the page's. */
  const reachInnerTrees = () => {
    for (const tree of innerTrees(doc)) {
      if (watched.has(tree)) continue;
      watched.add(tree);
      observer.observe(tree, options);
      // Events inside a frame never reach the page's document; in a shadow root `change` stops at
      // its boundary and `input` arrives retargeted to the host: listen on each tree itself.
      for (const type of ['input', 'change']) tree.addEventListener(type, onInput, { capture: true, signal });
    }
  };
  for (const type of ['input', 'change']) doc.addEventListener(type, onInput, { capture: true, signal });
  // A frame that (re)loads brings a new document, and no mutation of the page says so.
  doc.addEventListener('load', (e) => {
    const target = e.target as Node | null;
    if (target?.nodeType !== 1 || !/^I?FRAME$/.test((target as Element).tagName)) return;
    change.structural = true;
    schedule();
  }, { capture: true, signal });
  observer.observe(doc.body ?? doc.documentElement, options);
  reachInnerTrees();
  // A content script cannot hook the page's history.pushState (another world): it hears the
  // Navigation API where the browser has it, back/forward and hashes, and else looks at the address.
  const onNavigate = () => {
    change.structural = true;
    schedule();
  };
  const navigation = (win as (Window & { navigation?: EventTarget }) | null)?.navigation;
  if (navigation) navigation.addEventListener('currententrychange', onNavigate, { signal });
  win?.addEventListener('popstate', onNavigate, { signal });
  win?.addEventListener('hashchange', onNavigate, { signal });
  const poll = navigation || !win ? undefined : setInterval(() => {
    if (doc.location.href !== address) onNavigate();
  }, ADDRESS_POLL_MS);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(poll);
  });
}
