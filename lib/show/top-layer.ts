/**
 * A layer that stays usable while the page shows a modal dialog (`<dialog>` opened with
 * showModal()). Such a dialog sits in the browser's top layer, above any z-index, and makes
 * everything outside it inert: a popover of ours shown above it is inert too (it is not the
 * dialog's descendant), so the layer's host moves into the dialog while it is open and back
 * to <body> when it closes. Nothing of the dialog itself is changed.
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

/** Whether `el` is inside `container`, across the shadow roots between them. */
export function composedInside(container: Element, el: Element): boolean {
  for (let at: Node | null = el; at; ) {
    if (at === container) return true;
    const root: Node = at.getRootNode();
    at = at.parentNode ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return false;
}

/**
 * Keeps `host` where it can be seen and used: in the top modal dialog while one is open,
 * else in <body>. `onMove` hears the dialog it is in now (null: the page itself).
 */
export function followModals(host: Element, onMove: (modal: HTMLDialogElement | null) => void, signal: AbortSignal): void {
  const doc = host.ownerDocument;
  let current: HTMLDialogElement | null = null;
  const settle = () => {
    if (signal.aborted) return;
    const modal = topModal(doc);
    const home = modal ?? doc.body;
    if (host.parentNode !== home) home.append(host);
    // While in a dialog the page may remove the dialog at once (a framework unmounting it):
    // then only a change of the page's children says so.
    if (modal && !current) removals.observe(doc.body, { childList: true, subtree: true });
    if (!modal && current) removals.disconnect();
    if (modal !== current) {
      current = modal;
      onMove(modal);
    }
  };
  const removals = new MutationObserver(() => {
    if (!host.isConnected || (current && !current.matches(':modal'))) settle();
  });
  // showModal() and close() set and remove `open`; only that attribute is watched.
  const opens = new MutationObserver(settle);
  opens.observe(doc.documentElement, { attributes: true, subtree: true, attributeFilter: ['open'] });
  // A dialog that closes fires `close` (it does not bubble: heard on the way down).
  doc.addEventListener('close', () => queueMicrotask(settle), { capture: true, signal });
  signal.addEventListener('abort', () => {
    opens.disconnect();
    removals.disconnect();
  });
  settle();
}
