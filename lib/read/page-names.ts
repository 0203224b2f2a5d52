/**
 * Every place a page says what it is: its title, headings, legends and captions, the
 * titles of its boxes and cards, the tabs and menu items marked as selected, and its
 * breadcrumb. A selected tab is the strongest word a Wicket page (ParnasSys) has for where
 * the user is; the URL is only a hint (lib/read/page-kind.ts).
 */
import { fold } from '../text';
import { isSkipped } from './dom-text';

const MAX_NAME = 80;
/** Class names that mark the current item: Wicket's "selected", Bootstrap's "active", BEM's "--current". */
const SELECTED_CLASS = /(^|[-_])(selected|active|current|actief|geselecteerd|huidig)$|^is-(selected|active|current)$/i;
const TITLE_CLASS = /(title|titel|header|heading|kop|caption)$/i;
const CRUMBS = 'nav[aria-label*=crumb i], nav[aria-label*=kruimel i], nav[aria-label*=pad i], [class*=crumb i], [class*=kruimel i]';

export interface PageNames {
  /** Title, headings, legends, captions, box titles (folded). */
  headings: string[];
  /** Selected tabs and current menu items (folded). */
  selected: string[];
  /** Breadcrumb items, last one last (folded). */
  crumbs: string[];
}

const short = (el: Element) => {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= MAX_NAME ? fold(text) : null;
};

function hasClass(el: Element, re: RegExp): boolean {
  for (const c of Array.from(el.classList)) if (re.test(c)) return true;
  return false;
}

function selectedItems(body: HTMLElement): string[] {
  const out: string[] = [];
  const marked = body.querySelectorAll('[aria-selected=true], [aria-current]:not([aria-current=false]), [class*=select i], [class*=activ i], [class*=actief i], [class*=current i], [class*=huidig i]');
  for (const el of Array.from(marked)) {
    if (isSkipped(el) && el.tagName !== 'BUTTON') continue;
    const byAria = el.getAttribute('aria-selected') === 'true' || (el.hasAttribute('aria-current') && el.getAttribute('aria-current') !== 'false');
    if (!byAria && !hasClass(el, SELECTED_CLASS)) continue;
    // An option or grid cell that is selected names a value, not the page.
    if (/^(OPTION|TD|TR)$/.test(el.tagName) || /^(option|gridcell|row)$/.test(el.getAttribute('role') ?? '')) continue;
    const name = short(el);
    if (name) out.push(name);
  }
  return out;
}

function crumbItems(body: HTMLElement): string[] {
  const out: string[] = [];
  for (const nav of Array.from(body.querySelectorAll(CRUMBS))) {
    const items = Array.from(nav.querySelectorAll('li, a, span')).filter((el) => !el.querySelector('li, a, span'));
    const texts = items.length ? items.map(short) : (nav.textContent ?? '').split(/[›»>/|]/).map((t) => (t.trim() ? fold(t) : null));
    for (const t of texts) if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

function headingTexts(doc: Document, body: HTMLElement): string[] {
  const out = doc.title ? [fold(doc.title)] : [];
  for (const el of Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading], legend, caption, [class*=title i], [class*=titel i], [class*=header i], [class*=heading i], [class*=kop i]'))) {
    if (isSkipped(el) || el.closest('[data-opp-wijzer]')) continue;
    const tag = el.tagName;
    const named = /^(H[1-6]|LEGEND|CAPTION)$/.test(tag) || el.getAttribute('role') === 'heading';
    // A "header" class on a whole band holds more than a title: only short leaves count.
    if (!named && (!hasClass(el, TITLE_CLASS) || el.querySelector('input, select, textarea, table, ul, ol, dl, h1, h2, h3, h4'))) continue;
    const name = short(el);
    if (name) out.push(name);
  }
  return out;
}

export function pageNames(doc: Document): PageNames {
  const body = doc.body;
  if (!body) return { headings: doc.title ? [fold(doc.title)] : [], selected: [], crumbs: [] };
  return { headings: headingTexts(doc, body), selected: selectedItems(body), crumbs: crumbItems(body) };
}

/** The page names itself with `pattern` anywhere: title, heading, selected tab or breadcrumb. */
export function namesMatch(names: PageNames, pattern: RegExp): boolean {
  return [...names.selected, ...names.crumbs, ...names.headings].some((n) => pattern.test(n));
}

/** The names a page gives itself as a whole: its title, the first-level headings, the selected tab or menu item, the breadcrumb. */
export function pageLevelNames(doc: Document, names: PageNames = pageNames(doc)): string[] {
  const h1 = Array.from(doc.querySelectorAll('h1')).map((h) => fold(h.textContent ?? ''));
  return [fold(doc.title), ...h1, ...names.selected, ...names.crumbs];
}
