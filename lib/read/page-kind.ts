/**
 * Which app and which kind of page this is, from the URL and the page's own words.
 * Never from "groeidocument" alone: that word names other products too (docs/domein.md#topdossier).
 */
import type { App } from '../contract';
import { fold } from '../text';
import { namesMatch, pageNames } from './page-names';

export function appOf(url: string | undefined, doc: Document): App {
  const host = safeHost(url);
  if (host === 'topdossier.nl' || host.endsWith('.topdossier.nl')) return 'topdossier';
  if (host === 'parnassys.net' || host.endsWith('.parnassys.net')) return 'parnassys';
  if (host) return 'unknown';
  // A saved page without its address: its own title or footer may still say.
  const head = fold(`${doc.title} ${doc.querySelector('footer, #footer, .footer')?.textContent ?? ''}`);
  if (/\btopdossier\b/.test(head)) return 'topdossier';
  if (/\bparnassys\b/.test(head)) return 'parnassys';
  return 'unknown';
}

function safeHost(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The page's own title words: document title, the first-level headings, breadcrumbs. */
export function titleText(doc: Document): string {
  const parts = [doc.title];
  for (const el of Array.from(doc.querySelectorAll('h1, [role=heading][aria-level="1"], nav[aria-label*=ruimel i] li, .breadcrumb li')).slice(0, 8)) {
    parts.push(el.textContent ?? '');
  }
  return fold(parts.join(' '));
}

/** The page says of itself that it is an OPP (and not a list of them). */
export function saysOpp(doc: Document): boolean {
  const title = titleText(doc);
  if (!/ontwikkelingsperspectief|\bopp\b/.test(title)) return false;
  return !/\b(overzicht|lijst|dossiers|zoeken|resultaten)\b/.test(title);
}

/** The page says of itself that it holds (school) settings: a title, heading, legend, selected tab. */
export function saysSettings(doc: Document): boolean {
  return namesMatch(pageNames(doc), /\b(school)?instellingen\b|\bsettings\b/);
}
