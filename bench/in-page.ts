/** Injected into benchmark pages: the Topdossier content script's own pipeline, and the floor to compare with. */
import '../lib/i18n-page';
import { checkTopdossierPage } from '../lib/check/topdossier-page';
import type { PageCheck } from '../lib/check/core';
import { labelKeywords, mayHoldLabel } from '../lib/read/label-keywords';
import { PAGE_QUERY } from '../lib/read/page-lists';

const STEMS = labelKeywords(['settings', 'opp', 'pupil']);

type Pass = 'check' | 'floor' | 'least';
const PASSES: Pass[] = ['check', 'floor', 'least'];

declare global {
  interface Window {
    oppBench: {
      check(): PageCheck;
      floor(): number;
      least(): number;
      touch(): void;
      times(runs: number, repeat: number): Record<Pass, number> & { ratio: number };
      recheckTimes(edits: number): { median: number; slowest: number };
    };
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
  // The least any reader by meaning must do: test every text for a dictionary word, and
  // find every form control, named region and the elements that name sections (the reader's
  // own prefilter and query; the outline of issue #22 needs the headings, legends and ARIA names).
  least() {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let hits = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (mayHoldLabel(STEMS, node.nodeValue!)) hits++;
    return hits + document.body.querySelectorAll(PAGE_QUERY).length;
  },
  // A real check follows a change to the page; a change also empties the browser's caches
  // of element lists, so neither side is timed on a page it has just queried.
  touch() {
    const mark = document.createElement('i');
    document.body.append(mark);
    mark.remove();
  },
  /** Re-check while typing: what the content script does after each burst of keystrokes. */
  recheckTimes(edits) {
    let check = this.check();
    const field = document.getElementById('hoorrecht') as HTMLTextAreaElement;
    const times: number[] = [];
    for (let i = 0; i < edits; i++) {
      field.value += i % 10 === 0 ? ' ' : 'x';
      const t0 = performance.now();
      check = check.recheck?.(field) ?? this.check();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(edits / 2)]!, slowest: times[edits - 1]! };
  },
  /**
   * Median ms of each pass over `runs` rounds. The passes take turns within every round, so
   * each is timed in the same state of the machine and of the JIT (timed one after another,
   * the first was measured while the engine was still warming up: its ratio moved by 0.3
   * between two runs on the same page). Chromium coarsens timers to 0.1 ms, so each sample
   * times `repeat` calls, each after a change to the page; the change's own time, measured
   * the same way, is taken off.
   */
  times(runs, repeat) {
    const sample = (fn: Pass | null) => {
      const t0 = performance.now();
      for (let r = 0; r < repeat; r++) {
        this.touch();
        if (fn) this[fn]();
      }
      return (performance.now() - t0) / repeat;
    };
    for (let w = 0; w < 3; w++) for (const fn of PASSES) sample(fn);
    const samples: Record<Pass, number[]> = { check: [], floor: [], least: [] };
    for (let i = 0; i < runs; i++) {
      for (const fn of PASSES) samples[fn].push(sample(fn) - sample(null));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // The ratio of each round's pair, then their median: a slow moment of a shared machine
    // falls on both sides of a pair, not on one side of the two medians.
    const ratio = median(samples.check.map((c, i) => c / samples.least[i]!));
    return { check: median(samples.check), floor: median(samples.floor), least: median(samples.least), ratio };
  },
};
