/**
 * The page as an outline: its sections and the names that head them, nested, whatever the
 * markup. Every reading belongs to the sections around it, so a reader asks "which section
 * is this date in?" before it trusts it: arrangements only in a section named for Passend
 * onderwijs, a label's meaning confirmed by the heading above it, a pupil's "Naam" not taken
 * from a section about parents.
 *
 * A section is named by
 * - a heading (`h1`–`h6`, `role=heading`): the box it titles (the card, panel or wrapper whose
 *   first child it is, when the next heading of its level or higher is outside that box), else
 *   the run of siblings after it up to the next heading of its level or higher;
 * - a `<legend>` (its fieldset), a `<caption>` (its table), a `<summary>` (its details);
 * - `aria-labelledby` or `aria-label` on a region, panel, dialog, group, form, table or section;
 * - a tab or accordion button (`aria-controls`, or `aria-expanded` with its panel right after
 *   it, or a link to `#id` in a row of tabs): the panel it opens, also while that panel is in the
 *   page but hidden; a row of tabs without ARIA (Wicket's TabbedPanel): the panel after the row,
 *   named by the selected tab;
 * - a box title by class (`…-title`, `…-header`, `…kop`) as the box's first child.
 * Pages in any framework use one of these; none depends on one guessed class.
 *
 * Cost: built from the elements the page read already queried (headings, legends, captions,
 * ARIA names and openers: `NAMING_ELEMENTS`); what needs a look at classes (box titles, rows of
 * tabs) is found on demand, only for the elements a reader asks about, and remembered.
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
  /** The element holding the section, or null for a run of siblings. */
  box: Element | null;
  /** For a run: the heading (or selected tab) and its level. */
  heading: Element | null;
  level: number;
  /** In the page, not shown (another tab is selected, an accordion is closed, display: none). */
  hidden: boolean;
}

export interface Outline {
  /** Every section of the page (a look at every box title: built the first time it is asked). */
  readonly sections: readonly Section[];
  /** The sections `node` is in, innermost first. */
  sectionsOf(node: Node): Section[];
  /** Whether `node` is inside `section`. */
  contains(section: Section, node: Node): boolean;
}

/** The elements that name sections without a look at classes: one query, shared with the page read (page-lists.ts). */
export const NAMING_ELEMENTS = 'h1,h2,h3,h4,h5,h6,[role=heading],legend,caption,summary,[aria-labelledby],[aria-controls],[aria-expanded],[role=tablist]';

const MAX_NAME = 80;
const HEADING_TAG = /^H([1-6])$/;
/** A row of tabs, by its class. */
const TAB_ROW = /(^|[-_\s])(tab-?row|tabs|nav-tabs|nav-pills|tab-?bar|tab-?strip|tab-?list)($|[-_\s])/i;
/** The panel a row of tabs shows, by its class. */
const PANEL = /(^|[-_\s])(tab-?panel|tab-?content|tab-?body|panel|panel-body)($|[-_\s])/i;
/** A panel a tab or a collapse toggle opens, by its class. */
const PANEL_LIKE = /(^|[-_\s])(tab-?pane|tab-?panel|tabpanel|collapse|accordion-collapse|panel-collapse)($|[-_\s])/i;
/** Class names of a box's title. */
const TITLE_CLASS = /(title|titel|header|heading|kop|caption|head)(-?text|-?wrapper|-?label|-?content)?$/i;
/** Elements aria names are sections on (not a control, a link or a landmark menu). */
const ARIA_BOX = /^(SECTION|ARTICLE|ASIDE|FORM|FIELDSET|TABLE|DIALOG|DETAILS|DIV|UL|OL|DL)$/;
const ARIA_ROLE = /^(region|tabpanel|dialog|alertdialog|group|form|table|grid|treegrid|list|complementary|document|article|feed)$/;
const NOT_A_BOX_ROLE = /^(navigation|menu|menubar|toolbar|tablist|button|link|tab|img|presentation|none)$/;
const DIALOG = (el: Element) => el.tagName === 'DIALOG' || /^(dialog|alertdialog)$/.test(el.getAttribute('role') ?? '') || el.getAttribute('aria-modal') === 'true' || /(^|[-_\s])modal($|[-_\s])/i.test(el.getAttribute('class') ?? '');
/** Classes that hide an element in the frameworks pages are made with (no layout in jsdom). */
const HIDDEN_CLASS = /(^|\s)(hidden|d-none|is-hidden|ng-hide|x-hidden|x-hidden-display|hide|invisible|u-hidden|visually-hidden|sr-only|p-hidden)(\s|$)/;

/** Elements whose text is no words of the page: controls, icons, scripts. */
const SKIPPED_TAG = /^(BUTTON|SCRIPT|STYLE|TEMPLATE|svg|SELECT)$/;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An element's words, without the buttons, icons and scripts beside them (a title's "+" or "×"). Stops past `max` characters. */
function ownWords(el: Element, max = 400): string {
  let text = '';
  let words = 0;
  const walk = (node: Node): void => {
    if (words > max) return;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      text += t;
      words += t.trim().length;
    }
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (SKIPPED_TAG.test(child.tagName) || child.getAttribute('role') === 'button' || child.getAttribute('aria-hidden') === 'true') return;
      // Elements side by side with no space between are separate words ("Emma de Boer" "Geboortedatum").
      if (child.previousSibling?.nodeType === 1) text += ' ';
      for (let c = child.firstChild; c; c = c.nextSibling) walk(c);
      if (/^(DIV|P|LI|TD|TH|BR|H[1-6])$/.test(child.tagName)) text += ' ';
    }
  };
  walk(el);
  return collapse(text);
}

/** Whether an element has any words of its own (as `ownWords` counts them). */
type HasWords = (el: Element) => boolean;

/**
 * `HasWords` remembered per element for one reading of the page: asked of every ancestor of a
 * deep page, a fresh walk each time would make a page nested thousands deep take minutes.
 */
function wordPresence(): HasWords {
  const known = new Map<Element, boolean>();
  const has = (el: Element): boolean => {
    let answer = known.get(el);
    if (answer !== undefined) return answer;
    answer = false;
    if (!SKIPPED_TAG.test(el.tagName) && el.getAttribute('role') !== 'button' && el.getAttribute('aria-hidden') !== 'true') {
      for (let c = el.firstChild; c && !answer; c = c.nextSibling) {
        answer = c.nodeType === 3 ? (c.nodeValue ?? '').trim() !== '' : c.nodeType === 1 && has(c as Element);
      }
    }
    known.set(el, answer);
    return answer;
  };
  return has;
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

/** A short name: at most 80 characters, without form controls or tables in it. */
function nameText(el: Element): string | null {
  const text = ownWords(el, MAX_NAME + 1);
  if (!text || text.length > MAX_NAME) return null;
  return el.querySelector('input, select, textarea, table, [role=grid], [role=table]') ? null : text;
}

/** The text of the elements an aria-labelledby points at. */
function labelledByText(el: Element): { text: string; el: Element | null } | null {
  const doc = el.ownerDocument;
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const els = ids.map((id) => doc.getElementById(id)).filter((e): e is HTMLElement => e !== null && e !== el);
  const text = collapse(els.map((e) => e.textContent ?? '').join(' '));
  return text && text.length <= MAX_NAME ? { text, el: els[0] ?? null } : null;
}

/** The element an opener opens: by id (aria-controls, href="#id", data-bs-target), or the panel right after it. */
function targetOf(opener: Element): Element | null {
  const doc = opener.ownerDocument;
  const controls = opener.getAttribute('aria-controls');
  if (controls) return doc.getElementById(controls.split(/\s+/)[0] ?? '');
  const ref = opener.getAttribute('data-bs-target') ?? opener.getAttribute('data-target') ?? opener.getAttribute('href') ?? '';
  if (ref.startsWith('#') && ref.length > 1) return doc.getElementById(decodeURIComponent(ref.slice(1)));
  return opener.hasAttribute('aria-expanded') && opener.tagName !== 'A' ? (sectionsOpenedBy(opener)[0] ?? null) : null;
}

/** The link or toggle that points at `panel` by its id, when it is a tab or accordion toggle. */
function linkTo(panel: Element): Element | null {
  const id = panel.id;
  const doc = panel.ownerDocument;
  const sel = /^[A-Za-z][\w-]*$/.test(id) ? `a[href="#${id}"], [data-bs-target="#${id}"], [data-target="#${id}"]` : null;
  const found = sel ? Array.from(doc.querySelectorAll(sel)) : [];
  return found.find((el) => isOpener(el)) ?? null;
}

/** A tab or accordion button: it opens a panel and says so (ARIA), or sits among tabs. */
function isOpener(el: Element): boolean {
  if (el.getAttribute('role') === 'tab') return true;
  if (el.hasAttribute('aria-controls')) return el.hasAttribute('aria-expanded') || el.hasAttribute('aria-selected');
  // An accordion header that expands the panel after it, without saying which (Ant Design).
  if (el.hasAttribute('aria-expanded') && el.tagName !== 'A') return sectionsOpenedBy(el).length > 0;
  if (el.hasAttribute('data-bs-target') || el.hasAttribute('data-target')) return /collapse|tab/i.test(el.getAttribute('data-bs-toggle') ?? el.getAttribute('data-toggle') ?? '');
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
  return items.find((i) => i.getAttribute('aria-selected') === 'true' || /(^|[-_\s])(selected|active|current|actief)($|[-_\s])/i.test(i.getAttribute('class') ?? '')) ?? null;
}

/** Whether a row of tabs points at its panels itself (then each tab names its own panel). */
function tabsPoint(row: Element, selected: Element): boolean {
  return [selected, ...Array.from(selected.querySelectorAll('a, button'))].some((t) => isOpener(t) && targetOf(t) !== null);
}

/**
 * The wrapper a title stands alone in (a card header holding the title and buttons): climb
 * while the parent's words are the title's. Null when the title is the body's own child.
 */
function titleTop(title: Element, titleText: string): Element | null {
  let top = title;
  for (let i = 0; i < 3; i++) {
    const parent = top.parentElement;
    if (!parent || parent.tagName === 'BODY') return i === 0 ? null : top;
    if (ownWords(parent, titleText.length + 1) !== titleText) break;
    top = parent;
  }
  return top;
}

/** Whether `top` comes first in its parent: only icons, empty elements and buttons before it. */
function comesFirst(top: Element, hasWords: HasWords): boolean {
  for (let sib = top.previousElementSibling; sib; sib = sib.previousElementSibling) if (hasWords(sib)) return false;
  return true;
}

/** Whether anything with words, a control or an empty value slot follows `el` among its siblings. */
function followedByContent(el: Element, hasWords: HasWords): boolean {
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '') return true;
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (/^(P|DD|TD|PRE|UL|OL|TEXTAREA|INPUT|SELECT|TABLE)$/.test(e.tagName) || hasWords(e) || e.querySelector('input, textarea, select')) return true;
  }
  return false;
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

/**
 * The headings' sections: a box when the heading comes first in it and the next heading of its
 * level or higher (in page order) is outside it; else a run of siblings to that next heading.
 */
function addHeadings(b: Builder, headings: { el: Element; level: number }[], named: Set<Element>, hasWords: HasWords): void {
  headings.forEach(({ el, level }, i) => {
    const name = nameText(el);
    if (!name) return;
    let next: Element | null = null;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j]!.level <= level) {
        next = headings[j]!.el;
        break;
      }
    }
    const top = titleTop(el, name);
    const box = top?.parentElement ?? null;
    if (top && box && box.tagName !== 'HTML' && comesFirst(top, hasWords) && !(next && box.contains(next)) && ownWords(box, name.length + 1) !== name) {
      named.add(box);
      add(b, section(name, 'heading', el, box, { level }));
      return;
    }
    // A run: from the heading (or the wrapper it stands alone in) to the sibling holding the next heading.
    let start: Element = el;
    while (!followedByContent(start, hasWords) && start.parentElement && start.parentElement.tagName !== 'BODY' && ownWords(start.parentElement, name.length + 1) === name) start = start.parentElement;
    const parent = start.parentElement;
    if (!parent) return;
    let stop: Element | null = null;
    if (next && parent.contains(next)) for (stop = next; stop.parentElement !== parent; stop = stop.parentElement!);
    const run: Element[] = [];
    for (let n = start.nextElementSibling; n && n !== stop && run.length < 2000; n = n.nextElementSibling) run.push(n);
    if (run.length) add(b, { ...section(name, 'heading', el, null, { heading: el, level }), hidden: hiddenWithin(el) }, run);
  });
}

/** Builds the outline of `root` (a document's body); `named`: its NAMING_ELEMENTS, when already queried. */
export function buildOutline(root: Element, named: readonly Element[] = Array.from(root.querySelectorAll(NAMING_ELEMENTS))): Outline {
  const b: Builder = { sections: [], byBox: new Map(), byRunMember: new Map() };
  const hasWords = wordPresence();
  const boxes = new Set<Element>();
  const opened = new Set<Element>();
  const isOurs = (el: Element) => el.closest('[data-opp-wijzer]') !== null;
  const addOpened = (opener: Element) => {
    if (opened.has(opener)) return;
    opened.add(opener);
    const target = targetOf(opener);
    const name = openerName(opener);
    if (target && name && !DIALOG(target) && !target.contains(opener)) {
      boxes.add(target);
      add(b, section(name, 'tab', opener, target));
    }
  };
  const headings: { el: Element; level: number }[] = [];
  for (const el of named) {
    if (isOurs(el)) continue;
    const level = headingLevel(el);
    if (level !== null) {
      headings.push({ el, level });
      continue;
    }
    const tag = el.tagName;
    if (tag === 'LEGEND' || tag === 'CAPTION' || tag === 'SUMMARY') {
      const box = el.parentElement;
      const name = nameText(el);
      if (box && name) {
        boxes.add(box);
        add(b, section(name, tag === 'LEGEND' ? 'legend' : tag === 'CAPTION' ? 'caption' : 'summary', el, box));
      }
      continue;
    }
    if (isOpener(el)) {
      addOpened(el);
      continue;
    }
    if (el.getAttribute('role') === 'tablist') {
      for (const link of Array.from(el.querySelectorAll('a[href^="#"], button, [role=tab]'))) if (isOpener(link)) addOpened(link);
      continue;
    }
    if (el.hasAttribute('aria-labelledby') && (ARIA_BOX.test(tag) || ARIA_ROLE.test(el.getAttribute('role') ?? '')) && !NOT_A_BOX_ROLE.test(el.getAttribute('role') ?? '') && tag !== 'NAV') {
      const label = labelledByText(el);
      if (label) {
        boxes.add(el);
        add(b, section(label.text, 'aria', label.el, el));
      }
    }
  }
  addHeadings(b, headings, boxes, hasWords);

  // On demand: what only a look at an element's classes and neighbours can tell.
  const extra = new Map<Element, Section[]>();
  const onDemand = (el: Element): Section[] => {
    let found = extra.get(el);
    if (found) return found;
    found = [];
    // An aria-label on a region, panel or section.
    const aria = el.getAttribute('aria-label');
    if (aria && !el.hasAttribute('aria-labelledby') && (ARIA_BOX.test(el.tagName) || ARIA_ROLE.test(el.getAttribute('role') ?? '')) && !NOT_A_BOX_ROLE.test(el.getAttribute('role') ?? '') && el.tagName !== 'NAV' && collapse(aria).length <= MAX_NAME) {
      found.push(section(collapse(aria), 'aria', null, el));
    }
    // A web component that names its section by attribute: <sl-details summary="Perspectief">.
    const attr = el.tagName.includes('-') && el.firstElementChild ? (el.getAttribute('summary') ?? el.getAttribute('heading') ?? el.getAttribute('header')) : null;
    if (attr && found.length === 0 && collapse(attr).length <= MAX_NAME) found.push(section(collapse(attr), 'aria', null, el));
    // A box whose first child is a title by class (a card and its "card-title").
    if (!boxes.has(el) && found.length === 0) {
      const title = firstTitle(el, hasWords);
      if (title) found.push(section(title.name, 'title', title.el, el));
    }
    // A panel a link points at ("#id", Bootstrap's tabs and collapses without ARIA).
    if (el.id && !boxes.has(el) && found.length === 0 && (PANEL_LIKE.test(el.getAttribute('class') ?? '') || hiddenByItself(el))) {
      const link = linkTo(el);
      const name = link ? openerName(link) : null;
      if (link && name && !DIALOG(el)) found.push(section(name, 'tab', link, el));
    }
    // A row of tabs without ARIA before it: the panel after the row, or everything after the row.
    found.push(...tabRowSections(el));
    extra.set(el, found);
    return found;
  };
  const tabRuns = new Map<Element, Section | null>();
  const tabRowSections = (el: Element): Section[] => {
    for (let sib = el.previousElementSibling, i = 0; sib && i < 30; sib = sib.previousElementSibling, i++) {
      if (!TAB_ROW.test(sib.getAttribute('class') ?? '') && sib.getAttribute('role') !== 'tablist') continue;
      let s = tabRuns.get(sib);
      if (s === undefined) {
        const selected = selectedTabOfRow(sib);
        const name = selected ? openerName(selected) : null;
        const panelBox = sib.nextElementSibling && PANEL.test(sib.nextElementSibling.getAttribute('class') ?? '') ? sib.nextElementSibling : null;
        s = selected && name && !tabsPoint(sib, selected) ? section(name, 'tab', selected, panelBox, panelBox ? {} : { heading: selected, level: 0, hidden: hiddenWithin(sib) }) : null;
        tabRuns.set(sib, s);
      }
      if (!s) return [];
      // With a panel after the row only that panel is the tab's; without one, all after the row.
      if (s.box) return s.box === el ? [s] : [];
      return [s];
    }
    return [];
  };

  const memo = new Map<Element, Section[]>();
  const sectionsOf = (node: Node): Section[] => {
    const out: Section[] = [];
    for (let n: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; n && n !== root.parentElement; n = n.parentElement) {
      let own = memo.get(n);
      if (!own) {
        // A box is inside the runs it is a member of.
        const runs = b.byRunMember.get(n);
        own = [...(b.byBox.get(n) ?? []), ...onDemand(n), ...(runs ? [...runs].sort((x, y) => y.level - x.level) : [])];
        memo.set(n, own);
      }
      out.push(...own);
    }
    return out;
  };

  let all: Section[] | null = null;
  return {
    get sections() {
      if (!all) {
        // Every element that can title a box or head a row of tabs, looked at once.
        for (const el of Array.from(root.querySelectorAll('[class*=title i],[class*=titel i],[class*=header i],[class*=heading i],[class*=kop i],[class*=tab i],[aria-label]'))) {
          if (isOurs(el)) continue;
          onDemand(el);
          if (el.parentElement) onDemand(el.parentElement);
          if (el.parentElement?.parentElement) onDemand(el.parentElement.parentElement);
          if (TAB_ROW.test(el.getAttribute('class') ?? '') && el.nextElementSibling) onDemand(el.nextElementSibling);
        }
        const seen = new Set<Section>();
        all = [...b.sections, ...[...extra.values()].flat(), ...[...tabRuns.values()].filter((s): s is Section => s !== null)].filter((s) => !seen.has(s) && !!seen.add(s));
      }
      return all;
    },
    sectionsOf,
    contains: (s, node) => sectionsOf(node).includes(s),
  };
}

/**
 * The title a box starts with, by class: its first element with words is (or wraps, alone) an
 * element whose class names a title, the box holds more than the title, and it is no page-wide
 * wrapper (the body's own child may still be titled).
 */
function firstTitle(box: Element, hasWords: HasWords): { name: string; el: Element } | null {
  if (box.tagName === 'BODY' || box.tagName === 'HTML') return null;
  let first = box.firstElementChild;
  while (first && !hasWords(first)) first = first.nextElementSibling;
  if (!first) return null;
  // The title itself, or the one element with its words inside a header wrapper (3 levels at most).
  for (let el: Element | null = first, depth = 0; el && depth < 4; depth++) {
    if (Array.from(el.classList).some((c) => TITLE_CLASS.test(c))) {
      const name = nameText(el);
      if (!name || el.children.length > 4) return null;
      return ownWords(box, name.length + 1) !== name ? { name, el } : null;
    }
    const kids: Element[] = Array.from(el.children).filter(hasWords);
    el = kids.length === 1 ? kids[0]! : null;
  }
  return null;
}
