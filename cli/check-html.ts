/** Node side: a saved page's HTML, parsed with jsdom (no scripts run), through the same pipeline. */
import { JSDOM } from 'jsdom';
import '../lib/i18n-page';
import { checkPage, type CheckOptions, type PageCheck } from '../lib/check-page';

export function checkHtml(html: string, options: CheckOptions = {}): PageCheck & { document: Document } {
  const dom = new JSDOM(html, { url: options.url ?? 'about:blank' });
  // A parsed string is complete, though jsdom says "loading" until its next tick.
  return { ...checkPage(dom.window.document, { loaded: true, ...options }), document: dom.window.document };
}
