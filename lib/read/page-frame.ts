/**
 * The page's frame, as the docked sidebar (lib/show/dock.ts) needs to know it: the root it
 * narrows, what the page pins to the window (a fixed save bar, a toast, an absolute element
 * with no positioned ancestor: the root's margin does not move those), whether the page still
 * fits beside the panel, and when the page adds or restyles elements. Reads only; the dock
 * writes (inline styles it puts back).
 */

/** An element the page positions against the window, with its box and its own CSS translate. */
export interface Pinned {
  el: HTMLElement;
  rect: DOMRect;
  /** The element's `translate` as the page sets it: [x, y], '0px' where none. */
  translate: [string, string];
}

export interface PageFrame {
  /** The page's root element (<html>): its margin makes room for the panel. */
  readonly root: HTMLElement;
  /** The root's width without its scrollbar. */
  width(): number;
  /** The root's computed margin on one side, in px. */
  rootMargin(side: 'margin-left' | 'margin-right'): number;
  /** What the page pins to the window, in document order, outside OPP-wijzer's own layers. */
  pinned(): Pinned[];
  /** Whether the page scrolls across, or its content runs on past `right` (a fixed 960 px layout beside the panel). */
  overflows(right: number): boolean;
  /** Calls back when the page adds, removes or restyles elements; `forget` drops what happened so far (the dock's own writes). */
  watch(callback: () => void, signal: AbortSignal): { forget(): void };
}

export function pageFrame(doc: Document): PageFrame {
  const root = doc.documentElement;
  const view = doc.defaultView ?? window;
  const style = (el: Element) => view.getComputedStyle(el);
  /** Positioned against the window, so the root's margin does not move it. */
  const byWindow = (el: HTMLElement, position: string) =>
    position === 'fixed' ||
    (position === 'absolute' && (el.offsetParent === null || (el.offsetParent === doc.body && style(doc.body).position === 'static' && style(root).position === 'static')));
  return {
    root,
    width: () => root.clientWidth,
    rootMargin: (side) => parseFloat(style(root).getPropertyValue(side)) || 0,
    pinned() {
      const found: Pinned[] = [];
      for (const el of Array.from(doc.body.querySelectorAll('*'))) {
        if (!(el instanceof HTMLElement) || el.closest('[data-opp-wijzer]')) continue;
        const css = style(el);
        if (!byWindow(el, css.position)) continue;
        const rect = el.getBoundingClientRect();
        if (rect.height <= 0) continue;
        const [x = '0px', y = '0px'] = css.translate === 'none' ? [] : css.translate.split(' ');
        found.push({ el, rect, translate: [x, y] });
      }
      return found;
    },
    overflows(right) {
      const scroller = doc.scrollingElement ?? root;
      if (scroller.scrollWidth > scroller.clientWidth) return true;
      const body = doc.body;
      if (scroller === body) return false;
      // A 960 px layout in a 1024 px window scrolls nowhere: it runs on under the panel instead.
      return body.getBoundingClientRect().left + body.clientLeft + body.scrollWidth > right + 1;
    },
    watch(callback, signal) {
      const observer = new MutationObserver(callback);
      observer.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
      signal.addEventListener('abort', () => observer.disconnect());
      return { forget: () => void observer.takeRecords() };
    },
  };
}
