/**
 * The page as a content script reaches it: made once per content script (lib/show/content-shell.ts)
 * and handed to every layer that needs the page. The check reads `doc` through its readers;
 * the display asks this session where things are (geometry) and hears through it when the
 * page changes or moves; the guides, "Wijs het aan" and the page sample read it through
 * their readers beside this file (guide-target.ts, point-candidates.ts, page-sample.ts), which
 * take the session too. Nothing outside lib/read walks the page (test/page-access.test.ts).
 */
import { openerOf } from './collapsed';
import { isControl } from './dom-text';
import { LIST_ELEMENTS } from './dossier-list-reader';
import { composedInside } from './modals';
import { pageRect, seenThroughFrames } from './page-rect';
import { saveButtonRects, saveControlAt } from './save-buttons';
import { watchPage, type PageChange } from './watch-page';

/** Where something shows on the page: its own box, or the button that opens the closed section it is in (`opener`). */
export interface Place {
  el: Element;
  rect: DOMRect;
  opener: Element | null;
}

export interface PageSession {
  /** The page's document, for the readers (lib/read) alone. */
  readonly doc: Document;
  url(): string;
  /** Hears the page change (typing, Ajax, another view): lib/read/watch-page.ts. */
  watch(onChange: (change: PageChange) => void, signal: AbortSignal): void;
  /** Hears an event of the page's document before the page does (capture): typing, clicks, saves, keys. */
  listen<K extends keyof DocumentEventMap>(type: K, listener: (event: DocumentEventMap[K]) => void, signal: AbortSignal): void;
  /** Calls back in the next animation frame after the page scrolled (also an inner area or a frame a place is in) or resized. */
  onMove(callback: () => void, signal: AbortSignal): void;
  /** Calls back shortly after a section opened or closed (nothing is read again: the parts only moved). */
  onSectionsChange(callback: () => void, signal: AbortSignal): void;
  /**
   * Where `el` shows in the top page's viewport; when it is in a closed section (an accordion
   * panel, a tab, <details>), the button that opens that section. Null: it cannot be seen.
   */
  placeOf(el: Element): Place | null;
  /** Whether `el` is inside `container` (a modal dialog), across the shadow roots between them. */
  isInside(container: Element, el: Element): boolean;
  /** A section button's name, without its icons. */
  sectionName(opener: Element): string;
  /** The field to focus for a part: the part itself when it is one, else the first field in it. */
  fieldIn(el: Element): HTMLElement | null;
  /** The page's own save buttons' boxes: our layer never covers them. */
  saveButtonRects(): DOMRect[];
  /** The save button a click landed in, if any. */
  saveControlAt(target: Element): Element | null;
  /** Where an element's text is (a heading box is as wide as the page; its text is not). */
  textRect(el: Element): DOMRect;
  /** An element's box, or null when it has none (hidden). */
  boxOf(el: Element): DOMRect | null;
  /** The focused element, inside open shadow roots too (the page's or our own layer's). */
  activeElement(): HTMLElement | null;
  /** Whether the page may be a list of dossiers (it has a table at all). */
  mayBeList(): boolean;
}

/** The debounce of a section change: a burst of class changes is one move. */
const SECTIONS_MS = 30;

/** `signal`: the content script ends (the extension was reloaded or removed): nothing listens any more. */
export function pageSession(doc: Document, signal: AbortSignal): PageSession {
  const win = doc.defaultView ?? window;
  /** What follows the page's moves: the callbacks, each debounced to its own animation frame. */
  const movers = new Set<() => void>();
  const moved = () => {
    for (const mover of movers) mover();
  };
  /** A same-origin frame a place is in scrolls on its own: what follows the page follows it too. */
  const followed = new WeakSet<Document>();
  const followFrame = (inner: Document) => {
    if (inner === doc || followed.has(inner)) return;
    followed.add(inner);
    inner.addEventListener('scroll', moved, { capture: true, passive: true, signal });
  };
  const box = (el: Element) => {
    followFrame(el.ownerDocument);
    const rect = pageRect(el);
    return (rect.width > 0 || rect.height > 0) && seenThroughFrames(el, rect) ? rect : null;
  };

  return {
    doc,
    url: () => doc.location?.href ?? '',
    watch: (onChange, until) => watchPage(doc, onChange, until),
    listen(type, listener, until) {
      doc.addEventListener(type, listener, { capture: true, signal: until });
    },
    onMove(callback, until) {
      let frame = 0;
      const soon = () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(callback);
      };
      movers.add(soon);
      win.addEventListener('scroll', soon, { capture: true, passive: true, signal: until });
      win.addEventListener('resize', soon, { signal: until });
      until.addEventListener('abort', () => movers.delete(soon));
    },
    onSectionsChange(callback, until) {
      let later: ReturnType<typeof setTimeout> | undefined;
      const soon = () => {
        clearTimeout(later);
        later = setTimeout(callback, SECTIONS_MS);
      };
      const sections = new MutationObserver(soon);
      sections.observe(doc.body, { attributes: true, subtree: true, attributeFilter: ['hidden', 'aria-expanded', 'aria-hidden', 'open', 'class', 'style'] });
      until.addEventListener('abort', () => sections.disconnect());
      doc.addEventListener('toggle', soon, { capture: true, signal: until });
    },
    placeOf(el) {
      const rect = box(el);
      if (rect) return { el, rect, opener: null };
      const opener = openerOf(el);
      const openerRect = opener ? box(opener) : null;
      return opener && openerRect ? { el: opener, rect: openerRect, opener } : null;
    },
    isInside: composedInside,
    sectionName: (opener) => (opener.textContent ?? '').replace(/[^\p{L}\p{N}\s'’-]/gu, '').replace(/\s+/g, ' ').trim(),
    fieldIn(el) {
      const field = isControl(el) ? el : el.querySelector('textarea, input, select, [contenteditable]');
      return field instanceof HTMLElement ? field : null;
    },
    saveButtonRects: () => saveButtonRects(doc),
    saveControlAt,
    textRect(el) {
      const range = doc.createRange();
      range.selectNodeContents(el);
      const rect = range.getBoundingClientRect();
      return rect.width > 0 ? rect : el.getBoundingClientRect();
    },
    boxOf(el) {
      const rect = el.getBoundingClientRect();
      return rect.width > 0 || rect.height > 0 ? rect : null;
    },
    activeElement() {
      let el = doc.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el instanceof HTMLElement && el !== doc.body ? el : null;
    },
    mayBeList: () => doc.querySelector(LIST_ELEMENTS) !== null,
  };
}
