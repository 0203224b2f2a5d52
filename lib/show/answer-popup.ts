/**
 * A content script's answers to the popup, which reads nothing of the page itself: the
 * page's report, a jump to a finding, an anonymised page sample, a guide to start.
 */
import { browser } from 'wxt/browser';
import type { Report } from '../contract';
import { TabRequestSchema } from '../messages';
import { pageSample } from '../read/page-sample';

export interface PopupHandlers {
  report(): Report | null;
  focus(rule: string): void;
  startGuide(guide: string): void;
}

export function answerPopup(handlers: PopupHandlers, signal: AbortSignal): void {
  const listener = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const parsed = TabRequestSchema.safeParse(raw);
    if (!parsed.success) return;
    const request = parsed.data;
    switch (request.type) {
      case 'get-report':
        return Promise.resolve(handlers.report());
      case 'focus-finding':
        handlers.focus(request.rule);
        return Promise.resolve(true);
      case 'guide-start':
        handlers.startGuide(request.guide);
        return Promise.resolve(true);
      case 'page-sample': {
        const report = handlers.report();
        const name = `paginastructuur-${report?.app ?? 'pagina'}-${report?.page ?? 'other'}.html`;
        return Promise.resolve({ html: pageSample(document, location.href), name });
      }
    }
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
