/** Injected into benchmark pages: the Topdossier content script's own pipeline, and the floor to compare with. */
import { checkTopdossierPage } from '../lib/check/topdossier-page';
import type { PageCheck } from '../lib/check/core';

declare global {
  interface Window {
    oppBench: { check(): PageCheck; floor(): number; touch(): void; time(fn: 'check' | 'floor', runs: number, repeat: number): number };
  }
}

window.oppBench = {
  check: () => checkTopdossierPage(document, { url: location.href, today: '2026-11-28', loaded: true }),
  // The least any reader must do: visit every text node once.
  floor() {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.nodeValue?.length ?? 0;
    return chars;
  },
  // A real check follows a change to the page; a change also empties the browser's caches
  // of element lists, so neither side is timed on a page it has just queried.
  touch() {
    const mark = document.createElement('i');
    document.body.append(mark);
    mark.remove();
  },
  /**
   * Median ms of `fn` over `runs` samples. Chromium coarsens timers to 0.1 ms, so each sample
   * times `repeat` calls, each after a change to the page; the change's own time, measured
   * the same way, is taken off.
   */
  time(fn, runs, repeat) {
    const sample = (call: boolean) => {
      const t0 = performance.now();
      for (let r = 0; r < repeat; r++) {
        this.touch();
        if (call) this[fn]();
      }
      return (performance.now() - t0) / repeat;
    };
    sample(true);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(sample(true) - sample(false));
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  },
};
