/**
 * Where things are on the page, for the page layer (lib/show/page-layer.tsx, in Topdossier's
 * script alone): the place of a finding's part (or the button that opens the closed section it
 * is in), the field to focus, the page's save buttons, and when sections open or close. Asked
 * through the page session (page-session.ts), which follows the frames a place is in.
 */
import { openerOf } from './collapsed';
import { isControl } from './dom-text';
import { composedInside } from './modals';
import { pageRect, seenThroughFrames } from './page-rect';
import type { PageSession } from './page-session';
import { saveButtonRects } from './save-buttons';

/** Where something shows on the page: its own box, or the button that opens the closed section it is in (`opener`). */
export interface Place {
  el: Element;
  rect: DOMRect;
  opener: Element | null;
}

export interface PageLayout {
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
  /** Calls back shortly after a section opened or closed (nothing is read again: the parts only moved). */
  onSectionsChange(callback: () => void, signal: AbortSignal): void;
}

/** The debounce of a section change: a burst of class changes is one move. */
const SECTIONS_MS = 30;

export function pageLayout(page: PageSession): PageLayout {
  const { doc } = page;
  const box = (el: Element) => {
    page.follow(el.ownerDocument);
    const rect = pageRect(el);
    return (rect.width > 0 || rect.height > 0) && seenThroughFrames(el, rect) ? rect : null;
  };
  return {
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
    onSectionsChange(callback, signal) {
      let later: ReturnType<typeof setTimeout> | undefined;
      const soon = () => {
        clearTimeout(later);
        later = setTimeout(callback, SECTIONS_MS);
      };
      const sections = new MutationObserver(soon);
      sections.observe(doc.body, { attributes: true, subtree: true, attributeFilter: ['hidden', 'aria-expanded', 'aria-hidden', 'open', 'class', 'style'] });
      signal.addEventListener('abort', () => sections.disconnect());
      doc.addEventListener('toggle', soon, { capture: true, signal });
    },
  };
}
