/**
 * A content script's answers to the popup, which reads nothing of the page itself: the
 * page's report, a jump to a finding, an anonymised page sample, a guide to start.
 */
import { browser } from 'wxt/browser';
import type { Report } from '../contract';
import { TabRequestSchema, type TabRequest } from '../messages';
import { pageSample, type SampleDictionaries } from '../read/page-sample';

export interface PopupHandlers {
  report(): Report | null;
  focus(rule: string): void;
  startGuide(guide: string): void;
  /** The labels a page sample keeps: this app's term dictionaries. */
  sampleTerms: SampleDictionaries;
}

export function answerPopup(handlers: PopupHandlers, signal: AbortSignal): void {
  // Answered through sendResponse: content scripts use the browser's own API, where a
  // listener that returns a promise does not answer in Chrome (lib/build/native-browser.ts).
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return;
    const parsed = TabRequestSchema.safeParse(raw);
    if (!parsed.success) return;
    sendResponse(answer(parsed.data, handlers));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

function answer(request: TabRequest, handlers: PopupHandlers): unknown {
  switch (request.type) {
    case 'get-report':
      return handlers.report();
    case 'focus-finding':
      handlers.focus(request.rule);
      return true;
    case 'guide-start':
      handlers.startGuide(request.guide);
      return true;
    case 'page-sample': {
      const report = handlers.report();
      const name = `paginastructuur-${report?.app ?? 'pagina'}-${report?.page ?? 'other'}.html`;
      return { html: pageSample(document, location.href, handlers.sampleTerms), name };
    }
  }
}
