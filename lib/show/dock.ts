/**
 * The sidebar docked beside the page (issue #25 item 2): while it is open, the page makes room
 * for it instead of lying under it. The root element gets a margin as wide as the panel on the
 * panel's side, so the page's own flow (labels, fields, sticky headers) narrows beside it; and
 * what the page positions against the window itself (a fixed save bar at the bottom right, a
 * toast, a full-width header, an absolute element without a positioned ancestor) is moved out
 * of the panel's strip, or narrowed when it is wider than what is left. Folded or gone, every
 * inline style changed here is put back as it was: the page returns exactly to its own layout.
 *
 * It docks only where that fits: the window leaves the page at least MIN_PAGE_WIDTH, and the
 * page then has no horizontal scroll (a fixed 960 px layout at 1024 px would). Otherwise the
 * panel floats as before (lib/show/placement.ts `place`), and may fold to its tab.
 *
 * Why in the page and not the browser's own side panel (Chrome `sidePanel`, Firefox
 * `sidebar_action`), the alternative the issue names: both narrow the page the same way (the
 * browser shrinks the viewport), but neither can be opened by the extension when an OPP
 * appears (Chrome's `sidePanel.open` and Firefox's `sidebarAction.open` need a user gesture),
 * Firefox's sidebar belongs to the window rather than the tab, and the list would live in
 * another document, so every click to jump, "Wijs het aan" and each redraw becomes a message
 * between two contexts. Docking in the page keeps one code path in both browsers, opens
 * with the OPP, and leaves the page's own markup alone (only inline styles, restored).
 */
import type { Side } from '../../components/Sidebar';
import type { PageFrame } from '../read/page-frame';
import { DOCK_WIDTH, MIN_PAGE_WIDTH, freeSpan, moveOut } from './placement';

/** Gives the page back exactly as it was when `signal` aborts (the layer is gone), and never docks again. */
export interface Dock {
  /** Make room for the panel at `side` (null: give it all back). Whether the panel is docked now. */
  fit(side: Side | null): boolean;
}

/** How often, at most, the page is looked at again for new fixed elements while it changes. */
const RESCAN_MS = 500;

/** `onChange`: the dock gave up (the page grew too wide beside the panel): the caller redraws. */
export function createDock(frame: PageFrame, signal: AbortSignal, onChange: () => void): Dock {
  let docked: Side | null = null;
  /** The side and window width the last answer was for; tried and not docked stays so until they change. */
  let tried = '';
  let stale = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const { set, restore, touched: changed } = frame.styles();

  const { root } = frame;
  const overflows = (side: Side) => frame.overflows(freeSpan(side, frame.width()).right);

  /** Moves what the page pins to the window out of the panel's strip (what it moved before, anew). */
  function moveFixed(side: Side) {
    const free = freeSpan(side, frame.width());
    const moved: HTMLElement[] = [];
    // Back as the page has them, then moved anew: a bar may have changed, or stopped being fixed.
    for (const el of changed()) if (el !== root) restore(el);
    for (const { el, rect, translate } of frame.pinned()) {
      if (moved.some((m) => m.contains(el))) continue;
      const move = moveOut(rect, free);
      if (!move) continue;
      if ('shift' in move) set(el, { translate: `calc(${translate[0]} + ${move.shift}px) ${translate[1]}` });
      else set(el, { left: `${move.left}px`, right: `${frame.width() - move.right}px`, width: 'auto', 'min-width': '0', 'max-width': 'none' });
      moved.push(el);
    }
  }

  function release() {
    for (const el of changed()) restore(el);
    docked = null;
    tried = '';
    observer.forget();
  }

  function fit(side: Side | null): boolean {
    if (!side || stopped) {
      if (docked || changed().length) release();
      return false;
    }
    const key = `${side} ${innerWidth}`;
    if (key === tried && (!docked || !stale)) return docked !== null;
    tried = key;
    stale = false;
    if (docked !== side) {
      for (const el of changed()) restore(el);
      docked = null;
      if (innerWidth - DOCK_WIDTH < MIN_PAGE_WIDTH) return false;
      const margin = side === 'right' ? 'margin-right' : 'margin-left';
      set(root, { [margin]: `${frame.rootMargin(margin) + DOCK_WIDTH}px` });
    } else if (innerWidth - DOCK_WIDTH < MIN_PAGE_WIDTH) {
      release();
      tried = key;
      return false;
    }
    moveFixed(side);
    observer.forget();
    if (overflows(side)) {
      release();
      tried = key;
      return false;
    }
    docked = side;
    return true;
  }

  // The page adds a toast or a bar later, or grows wide: looked at again, at most every RESCAN_MS.
  const observer = frame.watch(() => {
    if (!docked || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      const side = docked;
      stale = true;
      if (side && !fit(side)) onChange();
    }, RESCAN_MS);
  }, signal);
  function stop() {
    stopped = true;
    clearTimeout(timer);
    release();
  }
  signal.addEventListener('abort', stop);
  return { fit };
}
