/**
 * The page's frame, as the docked sidebar (lib/show/dock.ts) needs to know it: the root it
 * narrows, what the page pins to the window (a fixed save bar, a toast, an absolute element
 * with no positioned ancestor: the root's margin does not move those), whether the page still
 * fits beside the panel, and when the page adds or restyles elements. The one change it makes
 * to the page is the dock's inline styles (`styles`): each remembered as the page had it, and put
 * back word for word.
 */

/** An element the page positions against the window, with its box and its own CSS translate. */
export interface Pinned {
  el: HTMLElement;
  rect: DOMRect;
  /** The element's `translate` as the page sets it: [x, y], '0px' where none. */
  translate: [string, string];
}

/** Inline styles set on the page's elements, each property as the page had it, to be put back. */
export interface InlineStyles {
  /** Sets `props` with !important, remembering what the element had before (the first time only). */
  set(el: HTMLElement, props: Record<string, string>): void;
  /** Puts back what `set` changed on `el`: its style attribute as the page wrote it, when nothing else changed it. */
  restore(el: HTMLElement): void;
  /** The elements changed now. */
  touched(): HTMLElement[];
}

/** An element's inline style properties as they were before they were set. */
interface Saved {
  props: Map<string, [value: string, priority: string]>;
  /** The style attribute as the page wrote it, and as the browser reads it: put back word for word when nothing else changed. */
  attr: string | null;
  cssText: string;
}

function inlineStyles(): InlineStyles {
  const saved = new Map<HTMLElement, Saved>();
  return {
    set(el, props) {
      let entry = saved.get(el);
      if (!entry) saved.set(el, (entry = { props: new Map(), attr: el.getAttribute('style'), cssText: el.style.cssText }));
      for (const [name, value] of Object.entries(props)) {
        if (!entry.props.has(name)) entry.props.set(name, [el.style.getPropertyValue(name), el.style.getPropertyPriority(name)]);
        el.style.setProperty(name, value, 'important');
      }
    },
    restore(el) {
      const entry = saved.get(el);
      if (!entry) return;
      for (const [name, [value, priority]] of entry.props) {
        if (value) el.style.setProperty(name, value, priority);
        else el.style.removeProperty(name);
      }
      // Read before it is removed: Chrome writes a style changed through el.style back to the attribute lazily, and would leave style="".
      const now = el.getAttribute('style');
      if (entry.attr === null && el.style.length === 0 && now !== null) el.removeAttribute('style');
      else if (entry.attr !== null && el.style.cssText === entry.cssText) el.setAttribute('style', entry.attr);
      saved.delete(el);
    },
    touched: () => Array.from(saved.keys()),
  };
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
  /** The inline styles the dock sets, and puts back. */
  styles(): InlineStyles;
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
      // One walk in document order, each element's style asked once. A subtree the page hides
      // (display: none) draws nothing, and OPP-wijzer's own layers are not the page's: both are
      // passed over whole. Asking the style of every element in a hidden tab made the style
      // engine work out each one, and an ancestor lookup per element to find our layers cost as
      // much again: docking at load took 115–130 ms at 6× on a 12,000-element page (bench/).
      let el: Element | null = doc.body.firstElementChild;
      while (el) {
        let inside = true;
        if (el instanceof HTMLElement) {
          const css = el.hasAttribute('data-opp-wijzer') ? null : style(el);
          inside = css !== null && css.display !== 'none';
          if (css && inside && byWindow(el, css.position)) {
            const rect = el.getBoundingClientRect();
            const [x = '0px', y = '0px'] = css.translate === 'none' ? [] : css.translate.split(' ');
            if (rect.height > 0) found.push({ el, rect, translate: [x, y] });
          }
        }
        el = (inside && el.firstElementChild) || nextOutside(el, doc.body);
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
    styles: inlineStyles,
    watch(callback, signal) {
      const observer = new MutationObserver(callback);
      observer.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
      signal.addEventListener('abort', () => observer.disconnect());
      return { forget: () => void observer.takeRecords() };
    },
  };
}

/** The element after `el` and all it holds, in document order, within `top` (null: none left). */
function nextOutside(el: Element, top: Element): Element | null {
  for (let at: Element | null = el; at && at !== top; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}
