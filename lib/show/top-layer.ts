/**
 * A layer that stays usable while the page shows a modal dialog (`<dialog>` opened with
 * showModal()). Such a dialog sits in the browser's top layer, above any z-index, and makes
 * everything outside it inert: a popover of ours shown above it is inert too (it is not the
 * dialog's descendant), so the layer's host moves into the dialog while it is open and back
 * to <body> when it closes. Nothing of the dialog itself is changed; the dialogs are read in
 * lib/read/modals.ts.
 */
import { topModal, watchModals } from '../read/modals';

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
    if (modal && !current) watch.removals(true);
    if (!modal && current) watch.removals(false);
    if (modal !== current) {
      current = modal;
      onMove(modal);
    }
  };
  const watch = watchModals(
    doc,
    settle,
    () => {
      if (!host.isConnected || (current && !current.matches(':modal'))) settle();
    },
    signal,
  );
  settle();
}
