/**
 * Finds the labelled parts of a page by meaning, whatever the markup: form controls and
 * their labels (for=, wrapping, aria, row header, field name), table rows and column
 * headers, <dt>/<dd>, <fieldset>/<legend>, headings with the content below them, and
 * "Label:" text before a value. Each label is classified with a term dictionary; the
 * reader of each host app decides what the parts mean, this module only finds them.
 *
 * One pass over text nodes finds label candidates (a short text that names a part), so
 * the cost stays close to reading the page's text once (see bench/).
 */
import { fold, foldLabel, shorten } from '../text';
import { anyTerm, matchTerm, type Term } from '../terms/term';
import { labelKeywords, mayHoldLabel, type Dictionary } from './label-keywords';
import { isTickBox, textAfter, tickGroupOf, controlValues } from './tick-boxes';
import { ATTRIBUTE_CONTROL_QUERY, CONTROL_SELECTOR, TICK_COMPONENT, controlValue, cssPath, isControl, isSkipped, ownLabelText, subtreeText } from './dom-text';
import { isCollapsedSection, isSectionOpener, sectionsOpenedBy } from './collapsed';
import { buildOutline, NAMING_ELEMENTS, type Outline } from './outline';

export type FieldShape = 'control' | 'row' | 'column' | 'term' | 'group' | 'heading' | 'inline' | 'pair';

export interface Field<P extends string = string> {
  part: P;
  /** Matched only a generic word, without a section that confirms it. */
  weak: boolean;
  shape: FieldShape;
  /** The label as the page shows it, shortened. */
  label: string;
  labelEl: Element | null;
  /** The element to mark, scroll to and focus. */
  anchor: Element;
  /** Form controls whose values are this part's content (live). */
  controls: Element[];
  /** Nodes holding a read-only value; not including the label. */
  region: Node[];
  /** The value of a "Label: value" written in one text ('pair'). */
  pairValue?: string;
  where: string;
}

interface TermSet<P extends string> {
  /** Which dictionary the terms are (its stems pick the page's candidate texts). */
  dictionary: Dictionary;
  terms: readonly Term<P>[];
  /**
   * The words of the page's pupil's name, folded: a label that names the pupil ("Mening van
   * Lieke", "Hoe kijkt Daan ertegenaan?") is read as if it said "de leerling". Default: none.
   */
  subject?: readonly string[];
}

const HEADING = /^H([1-6])$/;
const MAX_LABEL = 90;

function headingLevel(el: Element): number | null {
  const m = HEADING.exec(el.tagName);
  if (m) return Number(m[1]);
  if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level') ?? 2);
  return null;
}

/**
 * The names of the sections `el` stands in (the page's outline), and the row before it: what
 * confirms a generic label ("Onderbouwing" under "Uitstroomprofiel").
 */
function sectionContext(el: Element, outline: Outline): string {
  let text = outline.sectionsOf(el).map((s) => s.folded).join(' ');
  const row = el.closest('tr, dd, dt, li') ?? el;
  const prev = row.previousElementSibling;
  if (prev) text += ` ${(prev.textContent ?? '').slice(0, 100)}`;
  return fold(text);
}

/**
 * Each control's first <label>, found in one pass over the page's labels: asking a control
 * for its `labels` makes the browser search the whole page, per control.
 */
export function firstLabels(doc: Document): Map<Element, HTMLLabelElement> {
  const map = new Map<Element, HTMLLabelElement>();
  for (const label of Array.from(doc.getElementsByTagName('label'))) noteLabel(map, label);
  return map;
}

/** Keeps `label` as its control's label unless one came before it (labels come in page order). */
function noteLabel(map: Map<Element, HTMLLabelElement>, label: HTMLLabelElement): void {
  const control = label.control;
  if (control && !map.has(control)) map.set(control, label);
}

/** Label text for a form control, by the ways pages label controls, best first. */
export function controlLabel(
  control: Element,
  doc: Document,
  labels: Map<Element, HTMLLabelElement> = firstLabels(doc),
): { text: string; el: Element | null } | null {
  const type = (control as HTMLInputElement).type;
  const role = control.getAttribute('role');
  const isChoice = type === 'radio' || type === 'checkbox' || role === 'radio' || role === 'checkbox';
  // An option in a group is named by the group ("Bewaartermijnen"), never by its own label
  // ("Automatisch — gegevens worden gewist"), which names the option.
  const group = control.closest('fieldset, [role=radiogroup], [role=group]');
  if (isChoice && group) {
    const named = groupLabel(group, doc);
    if (named) return named;
  }
  const first = labels.get(control);
  if (first) {
    const text = ownLabelText(first);
    // "Ja"/"Nee" next to a radio names the option, not the question: look further.
    if (text && !(isChoice && /^(ja|nee|yes|no|aan|uit|on|off|automatisch|handmatig)$/i.test(text))) {
      return { text, el: first };
    }
  }
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const els = labelledBy.split(/\s+/).map((id) => doc.getElementById(id)).filter((e): e is HTMLElement => !!e);
    const text = els.map((e) => e.textContent ?? '').join(' ').trim();
    if (text) return { text, el: els[0] ?? null };
  }
  // A web component's label attribute; a tick-box component's label is its own text.
  const attributeLabel = control.tagName.includes('-') ? (control.getAttribute('label') ?? (TICK_COMPONENT.test(control.tagName) ? (control.textContent ?? '').replace(/\s+/g, ' ').trim() || null : null)) : null;
  if (attributeLabel) return { text: attributeLabel, el: null };
  const aria = control.getAttribute('aria-label') ?? control.getAttribute('title');
  // A rich-text editor names its editing area after itself ("Rich Text Editor, main"): no label.
  if (aria && !EDITOR_NAME.test(aria)) return { text: aria, el: null };
  if (control.hasAttribute('contenteditable') || control.getAttribute('role') === 'textbox') {
    const source = editorSourceLabel(control, labels);
    if (source) return source;
  }
  // A tick box whose label is empty says what it stands for right after it (a task list).
  if (isTickBox(control) && !(first && ownLabelText(first))) {
    const after = textAfter(control, first ? [first] : []);
    if (after && after.text.length <= MAX_LABEL) return { text: after.text, el: after.el };
  }
  const cell = control.closest('td, dd');
  if (cell) {
    const header = cell.tagName === 'DD' ? cell.previousElementSibling : cell.previousElementSibling;
    if (header && (header.tagName === 'TH' || header.tagName === 'TD' || header.tagName === 'DT')) {
      const text = ownLabelText(header);
      if (text && text.length <= MAX_LABEL) return { text, el: header };
    }
  }
  // A label-like element just before the control (or its wrapper), past an editor's toolbar.
  for (let node: Element | null = control; node && node !== doc.body; node = node.parentElement) {
    let prev = node.previousElementSibling;
    while (prev && isToolbar(prev)) prev = prev.previousElementSibling;
    if (prev) {
      const text = ownLabelText(prev);
      if (text && text.length <= MAX_LABEL && !prev.querySelector(CONTROL_SELECTOR)) return { text, el: prev };
      break;
    }
  }
  const name = control.getAttribute('name') ?? control.id ?? '';
  const humanised = humaniseName(name);
  if (humanised) return { text: humanised, el: null };
  const placeholder = control.getAttribute('placeholder');
  return placeholder ? { text: placeholder, el: null } : null;
}

/** How editors name their own editing area (CKEditor, TinyMCE, Quill, Froala; nl and en). */
const EDITOR_NAME = /\b(rich text|editor|tekstverwerker|teksteditor|bewerkingsgebied|editing area|rte)\b/i;

/** An editor's toolbar: buttons only, or marked as a toolbar. */
function isToolbar(el: Element): boolean {
  return el.getAttribute('role') === 'toolbar' || /(^|[\s_-])(toolbar|ql-toolbar|ck-editor__top|tox-editor-header)([\s_-]|$)/.test(el.className || '') || (el.querySelector('button') !== null && !(el.textContent ?? '').trim() && !el.querySelector(CONTROL_SELECTOR));
}

/**
 * Rich-text editors (CKEditor, TinyMCE, Froala) hide the form's own textarea and show their
 * editing area beside it: the hidden textarea keeps the page's <label>, which then names
 * the editing area. Looks a few levels up for such a hidden source control.
 */
function editorSourceLabel(editable: Element, labels: Map<Element, HTMLLabelElement>): { text: string; el: Element } | null {
  let node: Element | null = editable;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (!/^(TEXTAREA|INPUT)$/.test(prev.tagName) || !isSkipped(prev)) continue;
      const label = labels.get(prev);
      const text = label ? ownLabelText(label) : '';
      if (label && text) return { text, el: label };
    }
  }
  return null;
}

/** A group's own name: its legend, aria-label or aria-labelledby. */
function groupLabel(group: Element, doc: Document): { text: string; el: Element | null } | null {
  const legend = group.querySelector(':scope > legend');
  if (legend?.textContent?.trim()) return { text: legend.textContent.trim(), el: legend };
  const aria = group.getAttribute('aria-label');
  if (aria) return { text: aria, el: null };
  const by = group.getAttribute('aria-labelledby');
  const el = by ? doc.getElementById(by.split(/\s+/)[0]!) : null;
  return el?.textContent?.trim() ? { text: el.textContent.trim(), el } : null;
}

/** "ctl00$Main$txtUitstroomProfiel" → "uitstroom profiel"; generated ids give nothing. */
export function humaniseName(name: string): string {
  const last = name.split(/[$:.[\]]/).filter(Boolean).pop() ?? '';
  const words = last
    .replace(/^(txt|tb|ddl|cb|chk|cbx|rb|fld|input|sel)(?=[A-Z_])/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim();
  if (!/[a-z]{4,}/i.test(words) || /\d{2,}/.test(words)) return '';
  return words.toLowerCase();
}

function isLabelLeaf(el: Element): boolean {
  // A label-like element holds only text and inline formatting, no controls; an icon or a sort
  // arrow beside the text (an element without words: <p-sorticon>, <svg>, <i>) changes nothing.
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (/^(B|STRONG|EM|I|SPAN|ABBR|SMALL|SUP|LABEL|BR|BDI|FONT|U)$/.test(c.tagName)) continue;
    if ((c.textContent ?? '').trim() === '' && !isControl(c) && !c.querySelector(CONTROL_SELECTOR)) continue;
    return false;
  }
  return true;
}

/** Climbs from a text node's parent to the element that is the whole label. */
function labelElementOf(textParent: Element): Element {
  let el = textParent;
  // Only while the parent holds nothing else: an empty value element beside the label
  // (<p><span>Einddatum</span> <span></span></p>) keeps the label where it is. A <label>
  // element is a label whole, with whatever decoration it holds (a colon or asterisk span).
  while (el.parentElement && INLINE_LABEL.test(el.tagName) && el.parentElement.textContent?.trim() === el.textContent?.trim()) {
    const parent: Element = el.parentElement;
    if (parent.tagName !== 'LABEL' && parent.children.length !== 1) break;
    el = parent;
  }
  return el;
}

/** Inline elements a label's text may sit in (BDI: UI5 and other frameworks wrap every text in one). */
const INLINE_LABEL = /^(B|STRONG|EM|I|SPAN|ABBR|SMALL|LABEL|BDI|BDO|FONT|U|MARK|Q|TIME)$/;

/**
 * The element a label names by reference, when it is no form control: a `<label for>` whose
 * target is a read-only value (UI5's SimpleForm), or a value that says `aria-labelledby` the label.
 */
function referencedValue(label: Element): Element | null {
  const doc = label.ownerDocument;
  const target = label.tagName === 'LABEL' && (label as HTMLLabelElement).htmlFor ? doc.getElementById((label as HTMLLabelElement).htmlFor) : null;
  if (target && target !== label && !target.contains(label) && !isControl(target)) return target;
  if (label.id && /^[A-Za-z][\w-]*$/.test(label.id)) {
    const by = doc.querySelector(`[aria-labelledby~="${label.id}"]`);
    if (by && by !== label && !by.contains(label) && !label.contains(by) && !isControl(by) && by.getAttribute('role') !== 'region') return by;
  }
  return null;
}

function followingHeadingRegion(heading: Element, level: number): Node[] {
  const nodes: Node[] = [];
  let start: Element | null = heading;
  // A heading alone in a header wrapper (beside empty elements, icons, buttons): the content follows the wrapper.
  while (start && !followedByContent(start) && start.parentElement && start.parentElement.tagName !== 'BODY') {
    start = start.parentElement;
  }
  for (let n = start?.nextSibling ?? null; n && nodes.length < 400; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const el = n as Element;
      const own = headingLevel(el);
      if (own !== null && own <= level) break;
      const inner = el.querySelector('h1,h2,h3,h4,h5,h6,[role=heading]');
      if (inner && (headingLevel(inner) ?? 9) <= level) break;
    }
    nodes.push(n);
  }
  return nodes;
}

/**
 * Whether anything follows `el` among its siblings that can be a value: words, a control, or an
 * empty paragraph or cell (an empty value). Empty wrappers, icons and buttons are decoration.
 */
function followedByContent(el: Element): boolean {
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3 ? (n.nodeValue ?? '').trim() !== '' : n.nodeType === 1 && !isSkipped(n as Element) && (hasValue(n) || VALUE_SLOT.test((n as Element).tagName))) return true;
  }
  return false;
}
/** Elements that hold a value even when empty: an empty one is an empty value, not decoration. */
const VALUE_SLOT = /^(P|DD|TD|PRE|BLOCKQUOTE|UL|OL|TEXTAREA|INPUT)$/;

const hasValue = (n: Node) => (n.textContent ?? '').trim() !== '' || (n.nodeType === 1 && !!(n as Element).querySelector?.(CONTROL_SELECTOR));

/**
 * What follows a label, up to where the next part begins: a heading, or a sibling that is a
 * label itself (a short text ending in ":", or a paragraph of bold text alone). A value never
 * runs on into the next section.
 */
function followingNodes(el: Element): Node[] {
  const nodes: Node[] = [];
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 1 && startsAnotherPart(n as Element)) break;
    nodes.push(n);
  }
  return nodes;
}

function startsAnotherPart(el: Element): boolean {
  if (headingLevel(el) !== null || el.querySelector(':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6')) return true;
  const text = (el.textContent ?? '').trim();
  // A word, not a colon alone (UI5 writes "Geboortedatum" ":" "19 jan 2018" as three spans).
  if (!/\p{L}{2}/u.test(text) || text.length > MAX_LABEL || el.querySelector(CONTROL_SELECTOR)) return false;
  // "<p><strong>Uitstroomprofiel:</strong></p>": a label of its own line.
  const only = el.children.length === 1 ? el.firstElementChild! : null;
  return text.endsWith(':') && (el.children.length === 0 || (only !== null && /^(B|STRONG|LABEL|DT|TH)$/.test(only.tagName) && (only.textContent ?? '').trim() === text));
}

/**
 * The value after a "Label:" element: what follows it, or, when the label sits alone in
 * wrappers (<span><div><b>Label:</b></div></span> value), what follows the outermost one.
 */
function inlineRegion(label: Element): Node[] {
  const labelText = (label.textContent ?? '').trim();
  for (let el: Element | null = label; el && el.tagName !== 'BODY'; el = el.parentElement) {
    const nodes = followingNodes(el);
    // An empty value element beside the label is this label's empty value, not a reason to
    // look further (that would read the next label's value as this one's).
    if (nodes.some((n) => hasValue(n) || n.nodeType === 1)) return nodes;
    const parent: Element | null = el.parentElement;
    if (!parent || (parent.textContent ?? '').trim() !== labelText) break;
  }
  const nodes = followingNodes(label);
  if (nodes.length) return nodes;
  // <div class=label>X</div><div class=value>…</div> inside a wrapper of its own.
  const wrapperNext = label.parentElement?.nextElementSibling;
  if (label.parentElement && label.parentElement.children.length === 1 && wrapperNext) return [wrapperNext];
  // "<p>… <strong>Factoren:</strong></p><ul>…</ul>": a label that ends its paragraph is followed by the next block.
  const block = label.parentElement;
  if (block && labelText.endsWith(':') && !followingNodes(label).some(hasValue) && block.nextElementSibling && !startsAnotherPart(block.nextElementSibling)) return [block.nextElementSibling];
  return [];
}

interface ShortText {
  node: Text;
  trimmed: string;
  folded: string;
  /** The text of the inline-split label around it ("<b>Belemmerende</b> factoren"), folded. */
  block: string;
}

interface PageLists {
  /** The dictionaries whose words the texts were picked for. */
  dictionaries: readonly Dictionary[];
  controls: Element[];
  regions: Element[];
  /** Elements with role=banner (a page's header band), found in the same query as the controls. */
  banners: Element[];
  /** Short texts that hold a dictionary word (label-keywords.ts), folded once for all passes. */
  texts: ShortText[];
  /** Every text that passed the prefilter, whatever its length (the pupil header reads these). */
  candidates: Text[];
  /** Control → its label, found once for all dictionary passes. */
  labels: Map<Element, { text: string; el: Element | null } | null>;
  /** Control → its first <label> element (as firstLabels gives). */
  labelElements: Map<Element, HTMLLabelElement>;
  /** The page's sections and their names (outline.ts), built the first time a reader asks. */
  outline(): Outline;
}

const shared = new WeakMap<Document, PageLists>();

/**
 * Runs `read` with the page's lists gathered once (one walk over its text, one query for
 * its controls), shared by every dictionary pass inside it (settings, OPP, pupil,
 * ParnasSys). The page may change between checks, so the lists live only for the call.
 * `dictionaries`: every dictionary a pass inside will use; `extraTerms`: board-policy
 * synonyms any pass may use, so their words pass the prefilter.
 */
export function withPageLists<T>(doc: Document, read: () => T, dictionaries: readonly Dictionary[], extraTerms: readonly Term<string>[] = []): T {
  if (shared.has(doc) || !doc.body) return read();
  shared.set(doc, listsOf(doc.body, dictionaries, extraTerms));
  try {
    return read();
  } finally {
    shared.delete(doc);
  }
}

/**
 * The page's lists for a pass with `dictionary`: the shared ones inside withPageLists when
 * they were picked for it, else gathered now (correct, only slower).
 */
function pageLists(doc: Document, dictionary: Dictionary, extraTerms: readonly Term<string>[] = []): PageLists | null {
  if (!doc.body) return null;
  const lists = shared.get(doc);
  return lists?.dictionaries.includes(dictionary) ? lists : listsOf(doc.body, [dictionary], extraTerms);
}

/** The page's header bands: <header> elements and role=banner, from the one element query (no other walk). */
export function headerBands(doc: Document, dictionary: Dictionary): Element[] {
  return pageLists(doc, dictionary)?.banners ?? [];
}

/** Texts on the page holding a word of `dictionary` (see label-keywords.ts), whatever their length. */
export function candidateTexts(doc: Document, dictionary: Dictionary): Text[] {
  return pageLists(doc, dictionary)?.candidates ?? [];
}


/** Tags a word may be split over (<b>Hoor</b>recht): a Set, since this is asked of every text. */
const INLINE_TAGS = new Set(['B', 'STRONG', 'EM', 'I', 'SPAN', 'ABBR', 'SMALL']);

function shortText(node: Text, block: string | null): ShortText | null {
  const raw = node.nodeValue ?? '';
  if (raw.length > 200) return null;
  const trimmed = raw.trim();
  if (trimmed.length < 2 || trimmed.length > MAX_LABEL) return null;
  return { node, trimmed, folded: foldLabel(trimmed), block: block ?? '' };
}

/** The folded text of the element a label split over inline elements stands in, or ''. */
function splitLabelBlock(holder: Element, firstPiece: string): string {
  const whole = holder.childNodes.length <= 6 ? (holder.textContent ?? '').trim() : '';
  return whole !== firstPiece && whole.length <= MAX_LABEL ? foldLabel(whole) : '';
}

/** For the first piece of a label split over inline elements, the element holding it all. */
function splitHolder(node: Text): Element | null {
  const parent = node.parentElement;
  if (!parent || node.previousSibling) return null;
  const inline = INLINE_TAGS.has(parent.tagName);
  if (!node.nextSibling && !inline) return null;
  return inline ? parent.parentElement : parent;
}

/** The first text in `holder`, if it sits directly in it or in an inline element there. */
function firstPieceIn(holder: Element): Text | null {
  let n = holder.firstChild;
  if (n && n.nodeType === 1 && INLINE_TAGS.has((n as Element).tagName)) n = n.firstChild;
  return n && n.nodeType === 3 ? (n as Text) : null;
}

/** Whether the character at `code` is a letter: ASCII by arithmetic, the rest by Unicode. */
function isLetter(code: number): boolean {
  const lower = code | 32;
  if (lower >= 97 && lower <= 122) return true;
  return code >= 0xc0 && /\p{L}/u.test(String.fromCharCode(code));
}

const isPiece = (n: ChildNode) => n.nodeType === 3 || (n.nodeType === 1 && INLINE_TAGS.has((n as Element).tagName));

/** The first or last character of a neighbouring piece, as a char code (NaN when it has none). */
function edgeOf(n: ChildNode, last: boolean): number {
  const text = n.nodeType === 3 ? (n.nodeValue ?? '') : (n.textContent ?? '');
  return text.charCodeAt(last ? text.length - 1 : 0);
}

/**
 * The small element a piece of text shares with inline siblings, where a word may be split.
 * Asked of every text that holds no dictionary word, so the cheapest tests come first: a
 * neighbour at all, then a letter on both sides of the seam (bench/).
 */
function splitWordHolder(node: Text): Element | null {
  const raw = node.nodeValue ?? '';
  const length = raw.length;
  if (length === 0 || length > 40) return null;
  // A seam has a letter on this side: most texts (white space between elements) stop here,
  // before any question to the DOM.
  const endsInLetter = isLetter(raw.charCodeAt(length - 1));
  const startsWithLetter = isLetter(raw.charCodeAt(0));
  if (!endsInLetter && !startsWithLetter) return null;
  const parent = node.parentElement;
  if (!parent) return null;
  const inInline = INLINE_TAGS.has(parent.tagName);
  const next = endsInLetter ? (inInline ? parent.nextSibling : node.nextSibling) : null;
  const prev = startsWithLetter ? (inInline ? parent.previousSibling : node.previousSibling) : null;
  const joinsNext = next !== null && isPiece(next) && isLetter(edgeOf(next, false));
  const joinsPrev = !joinsNext && prev !== null && isPiece(prev) && isLetter(edgeOf(prev, true));
  if (!joinsNext && !joinsPrev) return null;
  const holder = inInline ? parent.parentElement : parent;
  if (!holder || holder.childNodes.length > 6) return null;
  return (holder.textContent ?? '').length <= MAX_LABEL ? holder : null;
}

/**
 * Whether `node` can be a later piece of a word split over inline elements: it follows a
 * sibling, or sits in an inline element. The first text of a block (the next table cell,
 * list item, paragraph) never continues the text before it, and is most of a page's seams.
 */
function mayContinuePiece(node: Text): boolean {
  if (node.previousSibling) return true;
  const parent = node.parentElement;
  return parent !== null && INLINE_TAGS.has(parent.tagName);
}

function shortTexts(body: HTMLElement, keywords: RegExp): { texts: ShortText[]; candidates: Text[] } {
  const texts: ShortText[] = [];
  const candidates: Text[] = [];
  const holders = new Set<Element>();
  const take = (node: Text) => {
    candidates.push(node);
    // A label split over inline elements ("Hoe is de <b>mening</b> van de leerling") is read
    // whole, once, from its first piece, whichever piece holds the dictionary word.
    const parent = node.parentElement;
    const holder = parent && INLINE_TAGS.has(parent.tagName) ? parent.parentElement : parent;
    const first = holder && !holders.has(holder) ? firstPieceIn(holder) : null;
    if (holder && first && splitHolder(first) === holder) {
      holders.add(holder);
      const entry = shortText(first, splitLabelBlock(holder, (first.nodeValue ?? '').trim()));
      if (entry) texts.push(entry);
      if (first === node) return;
    }
    const entry = shortText(node, null);
    if (entry) texts.push(entry);
  };
  /** A word split over inline elements (<b>Hoor</b>recht) passes the prefilter only as a whole. */
  const wholeWordPasses = (node: Text) => {
    const holder = splitWordHolder(node);
    return holder !== null && !holders.has(holder) && mayHoldLabel(keywords, holder.textContent ?? '');
  };
  // The pieces of a split word are consecutive texts with a letter on both sides of the seam:
  // the DOM is asked only about such pairs, never about every text (bench/).
  let prev: Text | null = null;
  let prevEndsInLetter = false;
  let prevSkipped = false;
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const raw = node.nodeValue!;
    const seam = prevEndsInLetter && isLetter(raw.charCodeAt(0)) && mayContinuePiece(node);
    // The text before may be the first piece of a word that runs on into this one.
    if (seam && prevSkipped && wholeWordPasses(prev!)) take(prev!);
    prev = node;
    prevEndsInLetter = isLetter(raw.charCodeAt(raw.length - 1));
    prevSkipped = !mayHoldLabel(keywords, raw) && !(seam && wholeWordPasses(node));
    if (!prevSkipped) take(node);
  }
  return { texts, candidates };
}

/** What the one element query of a page read picks up: controls, labels, named regions, header bands. */
export const PAGE_ELEMENTS = `input,textarea,select,label,header,[contenteditable],[role],section[aria-label],${ATTRIBUTE_CONTROL_QUERY}`;
/**
 * The one element query of a page read: PAGE_ELEMENTS and the elements that name the page's
 * sections (outline.ts): a reader by meaning needs both (bench/ times the same query).
 */
export const PAGE_QUERY = `${PAGE_ELEMENTS},${NAMING_ELEMENTS}`;

/**
 * One query for every form control, <label>, named region and header band: one pass over the
 * elements instead of one per kind; the selector is kept simple because it runs on every element.
 */
function controlsAndRegions(body: HTMLElement): { controls: Element[]; regions: Element[]; banners: Element[]; naming: Element[]; labelElements: Map<Element, HTMLLabelElement> } {
  const controls: Element[] = [];
  const regions: Element[] = [];
  const banners: Element[] = [];
  const naming: Element[] = [];
  const labelElements = new Map<Element, HTMLLabelElement>();
  for (const el of Array.from(body.querySelectorAll(PAGE_QUERY))) {
    if (NAMING_TAG.test(el.tagName) || el.hasAttribute('aria-labelledby') || el.hasAttribute('aria-controls') || el.hasAttribute('aria-expanded') || NAMING_ROLE.test(el.getAttribute('role') ?? '')) naming.push(el);
    if (el.tagName === 'LABEL') noteLabel(labelElements, el as HTMLLabelElement);
    else if (isControl(el)) controls.push(el);
    else if (el.hasAttribute('aria-label') && (el.tagName === 'SECTION' || /^(region|group)$/.test(el.getAttribute('role') ?? ''))) regions.push(el);
    if (el.tagName === 'HEADER' || el.getAttribute('role') === 'banner') banners.push(el);
  }
  return { controls, regions, banners, naming, labelElements };
}
const NAMING_TAG = /^(H[1-6]|LEGEND|CAPTION|SUMMARY)$/;
const NAMING_ROLE = /^(heading|tablist)$/;

/** The page's outline: the one of the read under way (withPageLists), or built now. */
export function pageOutline(doc: Document): Outline | null {
  if (!doc.body) return null;
  return shared.get(doc)?.outline() ?? buildOutline(doc.body);
}

function listsOf(body: HTMLElement, dictionaries: readonly Dictionary[], extraTerms: readonly Term<string>[]): PageLists {
  let outline: Outline | null = null;
  const elements = controlsAndRegions(body);
  return {
    dictionaries,
    outline: () => (outline ??= buildOutline(body, elements.naming)),
    ...elements,
    ...shortTexts(body, labelKeywords(dictionaries, extraTerms)),
    labels: new Map(),
  };
}

/** Finds the page's labelled parts that the term dictionary knows. */
export function findLabelledFields<P extends string>(doc: Document, termSet: TermSet<P>): Field<P>[] {
  const lists = pageLists(doc, termSet.dictionary, termSet.terms);
  if (!lists) return [];
  const fields: Field<P>[] = [];
  const seenLabels = new Set<Element>();

  const subject = termSet.subject?.length ? new RegExp(`\\b(${termSet.subject.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g') : null;
  const classify = (text: string, at: Element) => {
    const label = foldLabel(text);
    if (label.length === 0 || label.length > MAX_LABEL) return null;
    const folded = subject ? label.replace(subject, 'de leerling') : label;
    return matchTerm(folded, () => sectionContext(at, lists.outline()), termSet.terms);
  };
  const mayName = anyTerm(termSet.terms);

  // 1. Form controls, labelled by any means. Radios of one name are one field.
  const radioGroups = new Map<string, Field<P>>();
  // Tick boxes that answer the question of a field found before them (see tick-boxes.ts).
  const tickGroups = new Map<Element, Field<P>>();
  for (const control of lists.controls) {
    if (isSkipped(control) || control.closest('[data-opp-wijzer]')) continue;
    const group = tickGroups.get(control);
    if (group) {
      group.controls.push(control);
      continue;
    }
    // Text fields inside a rich-text editor are its content; a tick box there (a task list) is still a state.
    if (!isTickBox(control) && control.parentElement?.closest('[contenteditable]:not([contenteditable=false])')) continue;
    const type = (control as HTMLInputElement).type;
    const ariaGroup = control.getAttribute('role') === 'radio' ? control.closest('[role=radiogroup]') : null;
    const groupName = type === 'radio' ? control.getAttribute('name') : ariaGroup ? cssPath(ariaGroup) : null;
    if (groupName && radioGroups.has(groupName)) {
      radioGroups.get(groupName)!.controls.push(control);
      continue;
    }
    let label = lists.labels.get(control);
    if (label === undefined) lists.labels.set(control, (label = controlLabel(control, doc, lists.labelElements)));
    if (!label) continue;
    const match = classify(label.text, label.el ?? control);
    if (!match) continue;
    if (label.el) seenLabels.add(label.el);
    const field: Field<P> = {
      part: match.part,
      weak: match.weak,
      shape: 'control',
      label: shorten(label.text),
      labelEl: label.el,
      anchor: control,
      controls: [control],
      region: [],
      where: cssPath(control),
    };
    if (groupName) radioGroups.set(groupName, field);
    if (isTickBox(control)) for (const other of tickGroupOf(control, label.el)) if (!tickGroups.has(other)) tickGroups.set(other, field);
    fields.push(field);
  }

  // 2. Structural labels: the page's short texts, folded once, each tested with one regex;
  // only a text that names something gets a closer look at its elements.
  for (const { node, folded, block } of lists.texts) {
    const colon = folded.indexOf(':');
    if (!mayName.test(folded) && !(block && mayName.test(block)) && !(colon > 1 && mayName.test(folded.slice(0, colon).trim()))) continue;
    const parent = node.parentElement;
    if (!parent) continue;
    // An accordion button or tab names the section it opens (its text is a heading).
    const opener = parent.closest('button, [role=tab], [role=button], a[href]');
    const sectionOpener = opener && isSectionOpener(opener) ? opener : null;
    // A link with more words than the label is an action ("Wijzig<span> datum inschrijving</span>"),
    // never a field's label; a link that is the label whole is a sortable column header.
    if (!sectionOpener && opener?.tagName === 'A' && (opener.textContent ?? '').replace(/\s+/g, ' ').trim() !== (parent.textContent ?? '').replace(/\s+/g, ' ').trim()) continue;
    if ((!sectionOpener && isSkipped(parent)) || parent.closest('[data-opp-wijzer], option, select, textarea') || hiddenByPage(parent)) continue;
    let labelEl = sectionOpener ?? labelElementOf(parent);
    let fullText = sectionOpener ? openerText(sectionOpener) : ownLabelText(labelEl);
    // A label in pieces ("<b>Hoor</b>recht") whose first piece names nothing: the element
    // holding all pieces is the label.
    const pieces = block && !sectionOpener ? (INLINE_TAGS.has(parent.tagName) ? parent.parentElement : parent) : null;
    if (pieces && pieces !== labelEl && isLabelLeaf(pieces) && !classify(fullText, labelEl) && classify(ownLabelText(pieces), pieces)) {
      labelEl = pieces;
      fullText = ownLabelText(pieces);
    }
    if (seenLabels.has(labelEl) || (!sectionOpener && !isLabelLeaf(labelEl))) continue;
    // A data cell of a table with column headers is a value ("Tussenevaluatie" under "Soort"), not a label.
    if (!sectionOpener && isDataCell(labelEl)) continue;
    if (fullText.length > MAX_LABEL) continue;
    // A sentence ("Akkoord, getekend op 10-10-2025.") is what a part says, not its label.
    if (/[.!]$/.test(fullText) && fullText.split(/\s+/).length >= 3) continue;
    if (labelEl.tagName === 'LABEL' && (labelEl as HTMLLabelElement).control) continue;
    const match = classify(fullText, labelEl);
    if (!match) {
      // "Begindatum: 01-10-2025" in one text: a label and its value.
      const pair = pairIn(fullText, labelEl, classify);
      if (pair) {
        seenLabels.add(labelEl);
        fields.push({ ...pair, label: shorten(pair.label), labelEl, anchor: labelEl, controls: [], region: [], where: cssPath(labelEl) });
      }
      continue;
    }
    if (match.weak && labelEl.tagName === 'H1') continue;
    // "<p><b>Datum:</b> 1-9-2026</p>": the <b> is the label, the <p> around it is not another.
    if (Array.from(seenLabels).some((s) => labelEl.contains(s) || s.contains(labelEl))) continue;
    seenLabels.add(labelEl);
    const shaped = shapeOf(labelEl);
    if (!shaped) continue;
    const controls = shaped.region.flatMap((n) =>
      n.nodeType === 1 ? [...(isControl(n as Element) ? [n as Element] : []), ...Array.from((n as Element).querySelectorAll(CONTROL_SELECTOR))] : [],
    );
    fields.push({
      part: match.part,
      weak: match.weak,
      shape: shaped.shape,
      label: shorten(fullText),
      labelEl,
      anchor: shaped.anchor,
      controls,
      region: shaped.region,
      where: cssPath(shaped.anchor),
    });
  }

  // 3. Regions named only by aria (a <section aria-label="Hoorrecht">).
  for (const el of lists.regions) {
    const label = el.getAttribute('aria-label') ?? '';
    const match = classify(label, el);
    if (!match) continue;
    fields.push({
      part: match.part, weak: match.weak, shape: 'group', label: shorten(label), labelEl: null,
      anchor: el, controls: Array.from(el.querySelectorAll(CONTROL_SELECTOR)), region: [el], where: cssPath(el),
    });
  }
  return fields;
}

/** "Label: value" in one text whose label part names a part, with a value after it. */
function pairIn<P extends string>(
  text: string,
  at: Element,
  classify: (text: string, at: Element) => { part: P; weak: boolean } | null,
): { part: P; weak: boolean; shape: 'pair'; label: string; pairValue: string } | null {
  const colon = text.indexOf(':');
  if (colon < 2 || colon > 60) return null;
  const value = text.slice(colon + 1).trim();
  const match = value ? classify(text.slice(0, colon), at) : null;
  return match ? { ...match, shape: 'pair', label: text.slice(0, colon).trim(), pairValue: value } : null;
}

/** A section opener's own words (a button's text is otherwise no page content), icons left out. */
function openerText(opener: Element): string {
  const parts = Array.from(opener.childNodes, (n) => (n.nodeType === 3 ? (n.nodeValue ?? '') : n.nodeType === 1 && !isSkipped(n as Element) ? ownLabelText(n as Element) : ''));
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Inside aria-hidden content that is no collapsed section: not for reading. */
function hiddenByPage(el: Element): boolean {
  const hidden = el.closest('[aria-hidden=true]');
  return hidden !== null && !isCollapsedSection(hidden);
}

function shapeOf(label: Element): { shape: FieldShape; anchor: Element; region: Node[] } | null {
  if (isSectionOpener(label)) {
    const sections = sectionsOpenedBy(label);
    return sections.length ? { shape: 'group', anchor: sections[0]!, region: sections } : null;
  }
  const level = headingLevel(label);
  if (level !== null) return { shape: 'heading', anchor: label, region: followingHeadingRegion(label, level) };
  if (label.tagName === 'LEGEND') {
    const fieldset = label.parentElement!;
    return { shape: 'group', anchor: fieldset, region: Array.from(fieldset.childNodes).filter((n) => n !== label) };
  }
  if (label.tagName === 'DT') {
    const region: Node[] = [];
    for (let n = label.nextElementSibling; n && n.tagName === 'DD'; n = n.nextElementSibling) region.push(n);
    return { shape: 'term', anchor: (region[0] as Element) ?? label, region };
  }
  const cell = label.closest('th, td, [role=columnheader], [role=rowheader], [role=gridcell], [role=cell]');
  if (cell && (cell === label || cell.textContent?.trim() === label.textContent?.trim())) {
    const row = cell.parentElement!;
    const cells = Array.from(row.children);
    const isHeader = (c: Element) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader';
    const allHeaders = cells.every(isHeader);
    const index = cells.indexOf(cell);
    if (allHeaders && cells.length > 1) {
      // Column header: the value is the column below it (an HTML table or an ARIA grid).
      // The nearer of the HTML table and the ARIA grid around the header row.
      const htmlTable = row.closest('table');
      const ariaTable = cell.hasAttribute('role') ? row.closest('[role=grid], [role=table], [role=treegrid]') : null;
      const table = htmlTable && (!ariaTable || ariaTable.contains(htmlTable)) ? htmlTable : ariaTable;
      const aria = table !== null && table === ariaTable && table.tagName !== 'TABLE';
      const rows = table ? Array.from(table.querySelectorAll(aria ? '[role=row]' : 'tr')).filter((tr) => tr !== row) : [];
      // Grids with a fixed header (Kendo, PrimeNG, Ant Design) keep their rows in a second table.
      const bodyRows = rows.length === 0 && table ? rowsOfBodyTable(table, cells.length) : rows;
      const region = bodyRows.map((tr) => tr.children[index]).filter((c): c is Element => !!c);
      return { shape: 'column', anchor: cell, region };
    }
    // The value runs to the next label of the row: a row of label/value pairs ("Naam | Daan |
    // Geboortedatum | 03-05-2016", Ant Design's Descriptions, a WebForms header) holds several fields.
    const rest: Element[] = [];
    for (const c of cells.slice(index + 1)) {
      if (rest.length && isLabelCell(c)) break;
      rest.push(c);
    }
    if (rest.length === 0) return null;
    return { shape: 'row', anchor: rest[0]!, region: rest };
  }
  const referenced = referencedValue(label);
  if (referenced) return { shape: 'inline', anchor: referenced, region: [referenced] };
  const region = inlineRegion(label);
  const anchorEl = region.find((n): n is Element => n.nodeType === 1) ?? label.parentElement ?? label;
  return { shape: 'inline', anchor: region.length ? anchorEl : label, region };
}

/**
 * The rows of a grid whose header stands in a table of its own: the next table in the grid's
 * box whose rows have as many cells as the header. Empty when there is none.
 */
export function rowsOfBodyTable(headerTable: Element, columns: number): Element[] {
  let box: Element | null = headerTable.parentElement;
  for (let depth = 0; box && depth < 4 && box.tagName !== 'BODY'; depth++, box = box.parentElement) {
    const tables = Array.from(box.querySelectorAll("table, [role=rowgroup]")).filter((t) => !headerTable.contains(t) && !t.contains(headerTable) && headerTable.compareDocumentPosition(t) & 4);
    for (const t of tables) {
      const rows = Array.from(t.querySelectorAll(t.tagName === 'TABLE' ? 'tr' : '[role=row]')).filter((r) => r.closest('table, [role=rowgroup]') === t);
      if (rows.length && rows.some((r) => r.children.length === columns)) return rows.filter((r) => r.children.length === columns || r.children.length === 1);
    }
  }
  return [];
}

/** Whether `el` stands in a data cell of a table or grid whose columns have headers. */
function isDataCell(el: Element): boolean {
  // A description is its term's value ("Gezag" → "Alleen moeder (eenhoofdig gezag)"), never a label.
  const description = el.closest('dd');
  if (description && description.parentElement?.querySelector(':scope > dt')) return true;
  const cell = el.closest('td, [role=gridcell], [role=cell]');
  if (!cell) return false;
  const table = cell.closest('table, [role=grid], [role=table], [role=treegrid]');
  if (!table) return false;
  const headerRow = table.querySelector('thead tr, tr:first-child, [role=row]');
  const headers = headerRow ? Array.from(headerRow.children).filter((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader') : [];
  return headers.length >= 2 && headers.length === headerRow!.children.length;
}

/** A cell that labels the next one: a row header, or a short text that ends in a colon. */
function isLabelCell(c: Element): boolean {
  if (c.tagName === 'TH' || c.getAttribute('role') === 'rowheader') return true;
  const t = (c.textContent ?? '').trim();
  return t.length > 1 && t.length <= MAX_LABEL && t.endsWith(':') && !c.querySelector(CONTROL_SELECTOR);
}

export const isRadio = (c: Element) => (c as HTMLInputElement).type === 'radio' || c.getAttribute('role') === 'radio';

/** A radio group's value is the text of the option chosen, or nothing. Native and ARIA radios alike. */
export function chosenOption(radios: Element[]): string {
  const chosen = radios.find((r) => (r as HTMLInputElement).checked === true || r.getAttribute('aria-checked') === 'true');
  if (!chosen) return '';
  if (chosen.getAttribute('role') === 'radio') return (chosen.getAttribute('aria-label') ?? chosen.textContent ?? '').trim();
  const label = (chosen as HTMLInputElement).labels?.[0];
  return (label ? ownLabelText(label) : chosen.getAttribute('value')) ?? '';
}

/** The live value of a field as text; controls are read as the user left them. */
export function fieldText(field: Field, skip?: (node: Node) => boolean): string {
  if (field.shape === 'control') {
    const radios = field.controls.filter(isRadio);
    if (radios.length > 0) return chosenOption(radios);
    return controlValues(field.controls, field.labelEl).join(' ; ');
  }
  if (field.shape === 'pair') return field.pairValue ?? '';
  return field.region.map((n) => subtreeText(n, skip)).join(' ').replace(/\s+/g, ' ').trim();
}
