/**
 * The page as an outline: its sections and the names that head them, nested, whatever the
 * markup. Every reading belongs to the sections around it, so a reader asks "which section
 * is this date in?" before it trusts it: arrangements only in a section named for Passend
 * onderwijs, a label's meaning confirmed by the heading above it, a pupil's "Naam" not taken
 * from a section about parents.
 *
 * A section is named by
 * - a heading (`h1`–`h6`, `role=heading`): the box it titles (the card, panel or wrapper whose
 *   first child it is, when no other heading of its level is in there), else the run of
 *   siblings after it up to the next heading of its level or higher;
 * - a `<legend>` (its fieldset), a `<caption>` (its table), a `<summary>` (its details);
 * - `aria-labelledby` or `aria-label` on a region, panel, dialog, group, form, table or section;
 * - a tab or accordion button (`aria-controls`, `href="#…"`, `data-bs-target`): the panel it
 *   opens, also while that panel is in the page but hidden; a row of tabs without ARIA
 *   (Wicket's TabbedPanel): the panel after the row, named by the selected tab;
 * - a box title by class (`…-title`, `…-header`, `…-heading`, `…-kop`): the box it titles.
 * Pages in any framework use one of these; none depends on one guessed class.
 *
 * Built once per page read (lazily, the first time a reader asks), from one element query.
 */
import { fold } from '../text';
import { sectionsOpenedBy } from './collapsed';

export type SectionSource = 'heading' | 'legend' | 'caption' | 'summary' | 'aria' | 'tab' | 'title';

export interface Section {
  /** The name as the page shows it, white space collapsed. */
  name: string;
  /** The name folded (lower case, no diacritics). */
  folded: string;
  source: SectionSource;
  /** The element that names the section (null for an aria-label). */
  nameEl: Element | null;
  /** The element holding the section, or null for a heading's run of siblings. */
  box: Element | null;
  /** For a run: the heading and its level. */
  heading: Element | null;
  level: number;
  /** In the page, not shown (another tab is selected, an accordion is closed, display: none). */
  hidden: boolean;
}

export interface Outline {
  readonly sections: readonly Section[];
  /** The sections `node` is in, innermost first. */
  sectionsOf(node: Node): Section[];
  /** Whether `node` is inside `section`. */
  contains(section: Section, node: Node): boolean;
}

const MAX_NAME = 80;
const HEADING_TAG = /^H([1-6])$/;
const NAMERS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', '[role=heading]', 'legend', 'caption', 'summary',
  '[aria-labelledby]', '[aria-label]', '[aria-controls]', '[aria-expanded]', '[data-bs-target]', '[data-target]', '[role=tablist]', '[role=tab]',
  '[class*=title i]', '[class*=titel i]', '[class*=header i]', '[class*=heading i]', '[class*=kop i]', '[class*=tab i]',
].join(',');
/** A row of tabs, by its class. */
const TAB_ROW = /(^|[-_\s])(tab-?row|tabs|nav-tabs|nav-pills|tab-?bar|tab-?strip|tab-?list)($|[-_\s])/i;
/** The panel a row of tabs shows, by its class. */
const PANEL = /(^|[-_\s])(tab-?panel|tab-?content|tab-?body|panel|panel-body)($|[-_\s])/i;
/** Class names of a box's title. */
const TITLE_CLASS = /(title|titel|header|heading|kop|caption|head)(-?text|-?wrapper|-?label|-?content)?$/i;
/** Elements aria names are sections on (not a control, a link or a landmark menu). */
const ARIA_BOX = /^(SECTION|ARTICLE|ASIDE|FORM|FIELDSET|TABLE|DIALOG|DETAILS|DIV|UL|OL|DL)$/;
const ARIA_ROLE = /^(region|tabpanel|dialog|alertdialog|group|form|table|grid|treegrid|list|complementary|document|article|feed)$/;
const DIALOG = (el: Element) => el.tagName === 'DIALOG' || /^(dialog|alertdialog)$/.test(el.getAttribute('role') ?? '') || el.getAttribute('aria-modal') === 'true' || /(^|[-_\s])modal($|[-_\s])/i.test(el.getAttribute('class') ?? '');
/** Classes that hide an element in the frameworks pages are made with (no layout in jsdom). */
const HIDDEN_CLASS = /(^|\s)(hidden|d-none|is-hidden|ng-hide|x-hidden|x-hidden-display|hide|invisible|u-hidden|visually-hidden|sr-only|p-hidden)(\s|$)/;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An element's words, without the buttons, icons and scripts beside them (a title's "+" or "×"). */
function ownWords(el: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (/^(BUTTON|SCRIPT|STYLE|TEMPLATE|svg|SELECT)$/.test(child.tagName) || child.getAttribute('role') === 'button' || child.getAttribute('aria-hidden') === 'true') return;
      // Elements side by side with no space between are separate words ("Emma de Boer" "Geboortedatum").
      if (child.previousSibling?.nodeType === 1) text += ' ';
      for (let c = child.firstChild; c; c = c.nextSibling) walk(c);
      if (/^(DIV|P|LI|TD|TH|BR|H[1-6])$/.test(child.tagName)) text += ' ';
    }
  };
  walk(el);
  return collapse(text);
}

function headingLevel(el: Element): number | null {
  const m = HEADING_TAG.exec(el.tagName);
  if (m) return Number(m[1]);
  if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level') ?? 2) || 2;
  return null;
}

/** Hidden by the page itself (attribute, inline style or a framework's hiding class). */
export function hiddenByItself(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/.test(style)) return true;
  const cls = el.getAttribute('class');
  if (!cls) return false;
  if (HIDDEN_CLASS.test(cls)) return true;
  // Bootstrap: a collapse without "show"/"in", a tab pane without "active".
  if (/(^|\s)collapse(\s|$)/.test(cls) && !/(^|\s)(show|in|collapsing)(\s|$)/.test(cls)) return true;
  return /(^|\s)tab-pane(\s|$)/.test(cls) && !/(^|\s)active(\s|$)/.test(cls);
}

function hiddenWithin(el: Element): boolean {
  for (let n: Element | null = el; n && n.tagName !== 'BODY'; n = n.parentElement) if (hiddenByItself(n)) return true;
  return false;
}

/** A short name: a text of at most 80 characters, without form controls or tables in it. */
function nameText(el: Element): string | null {
  if (el.querySelector('input, select, textarea, table, [role=grid], [role=table]')) return null;
  const text = ownWords(el);
  return text && text.length <= MAX_NAME ? text : null;
}

/** The text of the elements an aria-labelledby points at. */
function labelledByText(el: Element): { text: string; el: Element | null } | null {
  const doc = el.ownerDocument;
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const els = ids.map((id) => doc.getElementById(id)).filter((e): e is HTMLElement => e !== null && e !== el);
  const text = collapse(els.map((e) => e.textContent ?? '').join(' '));
  return text && text.length <= MAX_NAME ? { text, el: els[0] ?? null } : null;
}

/** The element an opener points at by id (aria-controls, href="#id", data-bs-target). */
function targetOf(opener: Element): Element | null {
  const doc = opener.ownerDocument;
  if (!opener.hasAttribute('aria-controls') && opener.hasAttribute('aria-expanded') && !opener.hasAttribute('href')) return sectionsOpenedBy(opener)[0] ?? null;
  const byId = (id: string) => (id ? doc.getElementById(id) : null);
  const controls = opener.getAttribute('aria-controls');
  if (controls) return byId(controls.split(/\s+/)[0] ?? '');
  const ref = opener.getAttribute('data-bs-target') ?? opener.getAttribute('data-target') ?? opener.getAttribute('href') ?? '';
  return ref.startsWith('#') && ref.length > 1 ? byId(decodeURIComponent(ref.slice(1))) : null;
}

/** A tab or accordion button: it opens a panel and says so (ARIA), or sits among tabs. */
function isOpener(el: Element): boolean {
  if (el.getAttribute('role') === 'tab') return true;
  if (el.hasAttribute('aria-controls')) return el.hasAttribute('aria-expanded') || el.hasAttribute('aria-selected');
  // An accordion header that expands the panel after it, without saying which (Ant Design).
  if (el.hasAttribute('aria-expanded') && el.tagName !== 'A') return sectionsOpenedBy(el).length > 0;
  if (el.hasAttribute('data-bs-target') || el.hasAttribute('data-target')) return el.hasAttribute('aria-expanded') || /collapse|tab/i.test(el.getAttribute('data-bs-toggle') ?? el.getAttribute('data-toggle') ?? '');
  // A link to an anchor inside a row of tabs (Bootstrap, jQuery UI).
  return el.tagName === 'A' && (el.getAttribute('href') ?? '').startsWith('#') && el.closest('[role=tablist], .nav-tabs, .nav-pills, [class*=tabs i], [class*=tab-row i]') !== null;
}

/** The text of a tab or button, icons and counters left out. */
function openerName(el: Element): string | null {
  const text = collapse(el.textContent ?? '').replace(/\s*\(\d+\)$/, '');
  return text && text.length <= MAX_NAME ? text : null;
}

/** A row of tabs without ARIA (Wicket's TabbedPanel: div.tab-row > ul > li.selected): its selected tab. */
function selectedTabOfRow(row: Element): Element | null {
  const items = Array.from(row.querySelectorAll('li, a, [role=tab]'));
  return items.find((i) => i.getAttribute('aria-selected') === 'true' || /(^|[-_\s])(selected|active|current)($|[-_\s])/i.test(i.getAttribute('class') ?? '')) ?? null;
}

/**
 * The box a title names: climb while the wrapper holds nothing but the title (a card header),
 * then the wrapper's parent, when the title comes first in it and it holds more than the title
 * and no other heading of the title's level or higher.
 */
function boxTitledBy(title: Element, level: number): Element | null {
  let top = title;
  const titleText = ownWords(title);
  for (let i = 0; i < 3; i++) {
    const parent = top.parentElement;
    if (!parent || parent.tagName === 'BODY') return null;
    if (ownWords(parent) !== titleText) break;
    top = parent;
  }
  const box = top.parentElement;
  if (!box || box.tagName === 'BODY' || box.tagName === 'HTML') return null;
  // The title must come first (icons, empty elements and buttons may precede it).
  for (let sib = top.previousElementSibling; sib; sib = sib.previousElementSibling) {
    if (ownWords(sib) !== '') return null;
  }
  if (ownWords(box) === titleText) return null;
  for (const h of Array.from(box.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]'))) {
    if (h === title || top.contains(h)) continue;
    if ((headingLevel(h) ?? 9) <= level) return null;
  }
  return box;
}

/** The siblings after a heading (or its wrapper) up to the next heading of its level or higher. */
function runAfter(heading: Element, level: number): Element[] {
  let start: Element = heading;
  // A heading alone in a wrapper: its content follows the wrapper.
  while (!start.nextElementSibling && start.parentElement && start.parentElement.tagName !== 'BODY' && ownWords(start.parentElement) === ownWords(heading)) {
    start = start.parentElement;
  }
  const run: Element[] = [];
  for (let n = start.nextElementSibling; n && run.length < 400; n = n.nextElementSibling) {
    const own = headingLevel(n);
    if (own !== null && own <= level) break;
    const inner = n.querySelector('h1,h2,h3,h4,h5,h6,[role=heading]');
    if (inner && (headingLevel(inner) ?? 9) <= level) break;
    run.push(n);
  }
  return run;
}

interface Builder {
  sections: Section[];
  byBox: Map<Element, Section[]>;
  byRunMember: Map<Element, Section[]>;
}

function add(b: Builder, section: Section, members: Element[] = []): void {
  b.sections.push(section);
  if (section.box) b.byBox.set(section.box, [...(b.byBox.get(section.box) ?? []), section]);
  for (const m of members) b.byRunMember.set(m, [...(b.byRunMember.get(m) ?? []), section]);
}

function section(name: string, source: SectionSource, nameEl: Element | null, box: Element | null, extra: Partial<Section> = {}): Section {
  return { name, folded: fold(name), source, nameEl, box, heading: null, level: 9, hidden: box ? hiddenWithin(box) : false, ...extra };
}

/** Builds the outline of `root` (a document's body). */
export function buildOutline(root: Element): Outline {
  const b: Builder = { sections: [], byBox: new Map(), byRunMember: new Map() };
  const named = new Set<Element>();
  const opened = new Set<Element>();
  const isOurs = (el: Element) => el.closest('[data-opp-wijzer]') !== null;
  /** The panel a tab or accordion button opens, named by it. */
  const addOpened = (opener: Element) => {
    if (opened.has(opener)) return;
    opened.add(opener);
    const target = targetOf(opener);
    const name = openerName(opener);
    if (target && name && !DIALOG(target) && !target.contains(opener)) {
      named.add(target);
      add(b, section(name, 'tab', opener, target));
    }
  };
  for (const el of Array.from(root.querySelectorAll(NAMERS))) {
    if (isOurs(el)) continue;
    const tag = el.tagName;
    const level = headingLevel(el);
    if (level !== null) {
      const name = nameText(el);
      if (!name) continue;
      const box = boxTitledBy(el, level);
      if (box) {
        named.add(box);
        add(b, section(name, 'heading', el, box, { level }));
      } else {
        const run = runAfter(el, level);
        if (run.length) add(b, { ...section(name, 'heading', el, null, { heading: el, level }), hidden: hiddenWithin(el) }, run);
      }
      continue;
    }
    if (tag === 'LEGEND' || tag === 'CAPTION' || tag === 'SUMMARY') {
      const box = el.parentElement;
      const name = nameText(el);
      if (box && name) {
        named.add(box);
        add(b, section(name, tag === 'LEGEND' ? 'legend' : tag === 'CAPTION' ? 'caption' : 'summary', el, box));
      }
      continue;
    }
    if (isOpener(el)) {
      addOpened(el);
      continue;
    }
    if (el.hasAttribute('aria-labelledby') || el.hasAttribute('aria-label')) {
      if (!(ARIA_BOX.test(tag) || ARIA_ROLE.test(el.getAttribute('role') ?? ''))) continue;
      if (/^(navigation|menu|menubar|toolbar|tablist)$/.test(el.getAttribute('role') ?? '') || tag === 'NAV') continue;
      const by = el.hasAttribute('aria-labelledby') ? labelledByText(el) : null;
      const label = by ?? (el.getAttribute('aria-label') ? { text: collapse(el.getAttribute('aria-label')!), el: null } : null);
      if (label && label.text.length <= MAX_NAME) {
        named.add(el);
        add(b, section(label.text, 'aria', label.el, el));
      }
      continue;
    }
    const cls = el.getAttribute('class') ?? '';
    // A row of tabs without ARIA: the selected tab names the panel after the row.
    if (TAB_ROW.test(cls) || el.getAttribute('role') === 'tablist') {
      // Links among tabs ("#id") are openers the element query does not pick up on their own.
      for (const link of Array.from(el.querySelectorAll('a[href^="#"], button'))) if (isOpener(link)) addOpened(link);
      const selected = selectedTabOfRow(el);
      const name = selected ? openerName(selected) : null;
      // Tabs that point at their panels name them themselves (above).
      const points = selected && [selected, ...Array.from(selected.querySelectorAll('a, button'))].some((t) => isOpener(t) && targetOf(t) !== null);
      if (!selected || !name || points) continue;
      // The panel after the row (Wicket's div.tab-panel), or else everything after the row.
      const next = el.nextElementSibling;
      if (next && PANEL.test(next.getAttribute('class') ?? '') && !named.has(next)) {
        named.add(next);
        add(b, section(name, 'tab', selected, next));
      } else if (next) {
        const run: Element[] = [];
        for (let n: Element | null = next; n && !TAB_ROW.test(n.getAttribute('class') ?? ''); n = n.nextElementSibling) run.push(n);
        add(b, { ...section(name, 'tab', selected, null, { heading: selected, level: 0 }), hidden: hiddenWithin(el) }, run);
      }
      continue;
    }
    if (Array.from(el.classList).some((c) => TITLE_CLASS.test(c))) {
      const name = nameText(el);
      if (!name || el.children.length > 4) continue;
      const box = boxTitledBy(el, 7);
      if (box && !named.has(box)) {
        named.add(box);
        add(b, section(name, 'title', el, box));
      }
    }
  }
  const sectionsOf = (node: Node): Section[] => {
    const out: Section[] = [];
    for (let n: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; n && n !== root.parentElement; n = n.parentElement) {
      // A box is inside the runs it is a member of.
      const boxed = b.byBox.get(n);
      if (boxed) out.push(...boxed);
      const runs = b.byRunMember.get(n);
      if (runs) out.push(...[...runs].sort((x, y) => y.level - x.level));
    }
    return out;
  };
  return {
    sections: b.sections,
    sectionsOf,
    contains: (s, node) => sectionsOf(node).includes(s),
  };
}
