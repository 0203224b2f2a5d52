/**
 * A content script's answers to the popup, which reads nothing of the page itself: the
 * page's report, a jump to a finding, an anonymised page sample, a guide to start.
 */
import { browser } from 'wxt/browser';
import type { Report } from '../contract';
import { TabRequestSchema, type TabRequest } from '../tab-requests';
import type { PageSession } from '../read/page-session';
import type { SampleDictionaries } from '../read/page-sample';
import { loadLazy } from '../lazy/load-lazy';

export interface PopupHandlers {
  report(): Report | null;
  /** The last read of the page failed in OPP-wijzer's own code (lib/show/guarded.ts). */
  readFailed(): boolean;
  focus(rule: string): void;
  startGuide(guide: string): void;
  /** The page a sample is made of. */
  page: PageSession;
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
    const reply = answer(parsed.data, handlers);
    if (!(reply instanceof Promise)) return sendResponse(reply);
    // An answer that takes a while: `true` keeps the channel open until it is sent.
    void reply.then(sendResponse, () => sendResponse(null));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

function answer(request: TabRequest, handlers: PopupHandlers): unknown {
  switch (request.type) {
    case 'get-report':
      return handlers.readFailed() ? { readFailed: true } : handlers.report();
    case 'focus-finding':
      handlers.focus(request.rule);
      return true;
    case 'guide-start':
      handlers.startGuide(request.guide);
      return true;
    case 'page-sample': {
      const report = handlers.report();
      const name = `paginastructuur-${report?.app ?? 'pagina'}-${report?.page ?? 'other'}.html`;
      // Made once in a long while, so its code is loaded only then (lib/lazy/load-lazy.ts).
      return loadLazy('page-sample').then(({ pageSample }) => ({ html: pageSample(handlers.page.doc, handlers.page.url(), handlers.sampleTerms), name }));
    }
  }
}
