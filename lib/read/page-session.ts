/**
 * The page as a content script reaches it: made once per content script (lib/show/content-shell.ts)
 * and handed to every layer that needs the page. The check reads `doc` through its readers;
 * the display asks this session where things are and hears through it when the page changes
 * or moves; the guides, "Wijs het aan" and the page sample hand the session's document to
 * their readers beside this file (guide-target.ts, point-candidates.ts, page-sample.ts: loaded
 * only when asked for, so they are not part of the session itself), and the page layer's
 * geometry is page-layout.ts (only Topdossier's script carries it). Nothing outside lib/read
 * walks the page (test/page-access.test.ts).
 */
import { LIST_ELEMENTS } from './dossier-list-reader';
import { watchPage, type PageChange } from './watch-page';

export interface PageSession {
  /** The page's document, for the readers (lib/read) alone. */
  readonly doc: Document;
  url(): string;
  /** Hears the page change (typing, Ajax, another view): lib/read/watch-page.ts. */
  watch(onChange: (change: PageChange) => void, signal: AbortSignal): void;
  /** Hears an event of the page's document before the page does (capture): typing, clicks, saves, keys. */
  listen<K extends keyof DocumentEventMap>(type: K, listener: (event: DocumentEventMap[K]) => void, signal: AbortSignal): void;
  /** Calls back in the next animation frame after the page scrolled (also an inner area, or a frame it follows) or resized. */
  onMove(callback: () => void, signal: AbortSignal): void;
  /** A same-origin frame something is placed in scrolls on its own: what follows the page's moves follows it too. */
  follow(frameDoc: Document): void;
  /** Where an element's text is (a heading box is as wide as the page; its text is not). */
  textRect(el: Element): DOMRect;
  /** An element's box, or null when it has none (hidden). */
  boxOf(el: Element): DOMRect | null;
  /** The focused element, inside open shadow roots too (the page's or our own layer's). */
  activeElement(): HTMLElement | null;
  /** Whether the page may be a list of dossiers (it has a table at all). */
  mayBeList(): boolean;
}

/** `signal`: the content script ends (the extension was reloaded or removed): nothing listens any more. */
export function pageSession(doc: Document, signal: AbortSignal): PageSession {
  const win = doc.defaultView ?? window;
  /** What follows the page's moves: the callbacks, each debounced to its own animation frame. */
  const movers = new Set<() => void>();
  const moved = () => {
    for (const mover of movers) mover();
  };
  /** The frames followed already (each is listened to once). */
  const followed = new WeakSet<Document>();
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
    follow(inner) {
      if (inner === doc || followed.has(inner)) return;
      followed.add(inner);
      inner.addEventListener('scroll', moved, { capture: true, passive: true, signal });
    },
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
