/** Injected into benchmark pages: the extension's own pipeline, and the floor to compare with. */
import { checkPage, type PageCheck } from '../lib/check-page';

declare global {
  interface Window {
    oppBench: { check(): PageCheck; floor(): number };
  }
}

window.oppBench = {
  check: () => checkPage(document, { url: location.href, today: '2026-11-28', loaded: true }),
  // The least any reader must do: visit every text node once.
  floor() {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.nodeValue?.length ?? 0;
    return chars;
  },
};
