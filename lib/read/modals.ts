/**
 * The page's modal dialogs (`<dialog>` opened with showModal()): which is on top, whether an
 * element is in it, and when one opens or closes. lib/show/top-layer.ts moves our layer into
 * the dialog on top (everything outside it is inert).
 */

/** The modal dialog on top (the one opened last is the last in the top layer; document order is the best guess we have). */
export function topModal(doc: Document): HTMLDialogElement | null {
  let dialogs: HTMLDialogElement[];
  try {
    dialogs = Array.from(doc.querySelectorAll<HTMLDialogElement>('dialog:modal'));
  } catch {
    // A browser without :modal: no modal dialog it could show either.
    return null;
  }
  return dialogs.at(-1) ?? null;
}

/**
 * Where Escape belongs to the page: its dialog, its menu, an open list or combobox (their own
 * close). Not our own layers: Escape in the guide's callout stops the guide, also when the
 * callout moved into the page's dialog.
 */
const OWNS_ESCAPE = 'dialog, [role=dialog], [role=alertdialog], [aria-modal=true], [role=menu], [role=listbox], [aria-haspopup][aria-expanded=true], [role=combobox][aria-expanded=true]';

/** Whether the page uses an Escape pressed at `target` itself (to close its dialog, menu or list). */
export function escapeIsThePages(target: EventTarget | null): boolean {
  return target instanceof Element && !inOurLayer(target) && target.closest(OWNS_ESCAPE) !== null;
}

/** Whether an event's target is one of OPP-wijzer's own layers (as the page sees it: the layer's host). */
export function inOurLayer(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[data-opp-wijzer]') !== null;
}

/** Whether `el` is inside `container`, across the shadow roots between them. */
export function composedInside(container: Element, el: Element): boolean {
  for (let at: Node | null = el; at; ) {
    if (at === container) return true;
    const root: Node = at.getRootNode();
    at = at.parentNode ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return false;
}

export interface ModalWatch {
  /**
   * While our layer is in a dialog, the page may remove the dialog at once (a framework
   * unmounting it): then only a change of the page's children says so. Heard only while on.
   */
  removals(on: boolean): void;
}

/**
 * Calls `opened` when a dialog may have opened or closed (showModal() and close() set and remove
 * `open`; a dialog that closes fires `close`), and `removed` when the page's children change
 * while removals are heard.
 */
export function watchModals(doc: Document, opened: () => void, removed: () => void, signal: AbortSignal): ModalWatch {
  const removals = new MutationObserver(removed);
  // Only the `open` attribute is watched.
  const opens = new MutationObserver(opened);
  opens.observe(doc.documentElement, { attributes: true, subtree: true, attributeFilter: ['open'] });
  // `close` does not bubble: heard on the way down.
  doc.addEventListener('close', () => queueMicrotask(opened), { capture: true, signal });
  signal.addEventListener('abort', () => {
    opens.disconnect();
    removals.disconnect();
  });
  return {
    removals(on) {
      if (on) removals.observe(doc.body, { childList: true, subtree: true });
      else removals.disconnect();
    },
  };
}
