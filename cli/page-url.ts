/** A saved page's own address: <base href>, the canonical link, or og:url, in that order. */
import { JSDOM } from 'jsdom';

export function pageUrl(html: string): string | undefined {
  const head = html.slice(0, 200_000);
  const { document } = new JSDOM(head).window;
  const candidates = [
    document.querySelector('base[href]')?.getAttribute('href'),
    document.querySelector('link[rel~=canonical][href]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"][content]')?.getAttribute('content'),
  ];
  return candidates.find((c): c is string => !!c && /^https?:\/\//i.test(c)) ?? undefined;
}
