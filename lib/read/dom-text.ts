/**
 * Reading text and values out of host-page DOM. Works in a real page and in jsdom
 * (which has no innerText, so visibility is judged from attributes, not layout).
 */

import { isCollapsedSection } from './collapsed';
import { MAX_ACTION_TEXT, PAGE_ACTION } from '../terms/page-actions';
import { fold } from '../text';

/** Elements whose text is never page content. `data-opp-wijzer` marks our own layer. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'svg']);

export function isSkipped(el: Element): boolean {
  // A button is an action, unless it is a control by its role (Fluent's combobox, a switch).
  if (SKIP.has(el.tagName) && !(el.tagName === 'BUTTON' && CONTROL_ROLE.test(el.getAttribute('role') ?? ''))) return true;
  if (el.hasAttribute('data-opp-wijzer')) return true;
  const hidden = el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none/.test(el.getAttribute('style') ?? '');
  // A collapsed accordion or tab panel holds the page's content, folded away: read it.
  return hidden && !isCollapsedSection(el);
}

const CONTROL_ROLE = /^(combobox|switch|checkbox|radio|listbox)$/;

export const CONTROL_SELECTOR = [
  'textarea',
  'select',
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]):not([type=search]):not([type=password])',
  '[contenteditable]:not([contenteditable=false])',
  '[role=textbox]',
  '[role=switch]',
  '[role=checkbox]',
  '[role=radio]',
  '[role=combobox]',
].join(',');

export function isControl(el: Element): boolean {
  return el.matches(CONTROL_SELECTOR) || isAttributeControl(el);
}

/** A web component that is a tick box by its name (<sl-checkbox>, <md-switch>): on when it has `checked`. */
export const TICK_COMPONENT = /-(checkbox|switch|toggle|radio)$/i;

/**
 * A web component served with its state as attributes (<sl-textarea label="…" value="…">,
 * <sl-checkbox checked>): before any script upgrades it, the attributes are all the page says.
 */
export function isAttributeControl(el: Element): boolean {
  const tag = el.tagName;
  if (!tag.includes('-')) return false;
  return TICK_COMPONENT.test(tag) || ((el.hasAttribute('value') || el.hasAttribute('label')) && !el.querySelector(CONTROL_SELECTOR));
}

/** What PAGE_ELEMENTS adds to find attribute controls without testing every element. */
export const ATTRIBUTE_CONTROL_QUERY = '[label]:not(option):not(optgroup):not(track),[checked]:not(input)';

const PLACEHOLDER_OPTION = /^(-+.*-+|-+|kies.*|selecteer.*|maak een keuze.*|\(geen\)|geen keuze|choose.*|select.*)$/i;

/** The value a user entered or chose in a form control, as text. Checkboxes read "ja"/"nee". */
export function controlValue(el: Element): string {
  const tag = el.tagName;
  if (tag === 'TEXTAREA') return (el as HTMLTextAreaElement).value;
  if (tag === 'SELECT') {
    const select = el as HTMLSelectElement;
    const chosen = Array.from(select.selectedOptions ?? []).filter(
      (o) => o.value !== '' && !PLACEHOLDER_OPTION.test(o.text.trim()),
    );
    return chosen.map((o) => o.text.trim()).join(', ');
  }
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    if (input.type === 'checkbox' || input.type === 'radio') return input.checked ? 'ja' : 'nee';
    // A custom select's search box is empty: the choice is shown as text beside it.
    return input.value || (input.getAttribute('role') === 'combobox' || input.type === 'search' || input.readOnly ? shownChoice(input) : '');
  }
  if (isAttributeControl(el)) {
    if (TICK_COMPONENT.test(tag)) return el.hasAttribute('checked') ? 'ja' : 'nee';
    return el.getAttribute('value') ?? '';
  }
  const role = el.getAttribute('role');
  if (role === 'switch' || role === 'checkbox' || role === 'radio') {
    const state = el.getAttribute('aria-checked') ?? el.getAttribute('aria-pressed');
    return state === 'true' ? 'ja' : state === 'false' ? 'nee' : '';
  }
  if (role === 'combobox' || role === 'listbox') return choiceText(el);
  return el.textContent ?? '';
}

/** Classes of a custom select's box (Ant Design, PrimeVue, Kendo, Vuetify, Material, Select2, Choices…). */
const SELECT_BOX = /(^|[-_\s])(select|dropdown|combo ?box|combobox|picker|autocomplete|chosen|multiselect)($|[-_\s])/i;

/**
 * The option a custom select shows as chosen, from the widget around its (empty) search box: its
 * text, without the placeholder the widget shows when nothing is chosen, icons and hidden helpers.
 */
function shownChoice(input: Element): string {
  let box: Element | null = input.parentElement;
  for (let depth = 0; box && depth < 5; depth++, box = box.parentElement) {
    // The search box sits in its own small wrapper (Ant's "selection-search"): climb to the box that shows text.
    if (SELECT_BOX.test(box.getAttribute('class') ?? '') || box.getAttribute('role') === 'combobox') {
      const shown = choiceText(box);
      if (shown) return shown;
    }
  }
  return '';
}

/** A select widget's prompt when nothing is chosen ("placeholder", Semantic's "default text") or its list of options. */
const PROMPT_OR_MENU = /placeholder|(^|\s)default(\s|$)|(^|[-_\s])(menu|options|dropdown-menu|listbox)($|[-_\s])/i;

/**
 * A custom select drawn with divs (Semantic UI, Select2, Choices): a select-like class and a list
 * of options or a hidden input inside. Its value is the text it shows, never its menu.
 */
export function isSelectWidget(el: Element): boolean {
  if (el.tagName === 'SELECT' || !SELECT_BOX.test(el.getAttribute('class') ?? '')) return false;
  return el.querySelector('input[type=hidden], [role=listbox], [role=option], [class~=menu], [class*=-menu], [class*=options]') !== null;
}

/** A select widget's shown text: no placeholder prompt, no icons, no hidden helpers. */
export function choiceText(box: Element): string {
  let text = '';
  const walk = (n: Node): void => {
    if (n.nodeType === 3) text += ` ${n.nodeValue ?? ''}`;
    else if (n.nodeType === 1) {
      const el = n as Element;
      // Not the widget's prompt, its (floating) label, its search box or its list of options.
      if ((el !== box && isSkipped(el)) || PROMPT_OR_MENU.test(el.getAttribute('class') ?? '') || el.tagName === 'INPUT' || el.tagName === 'LABEL' || el.getAttribute('role') === 'listbox' || el.getAttribute('role') === 'option') return;
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(box);
  return text.replace(/\s+/g, ' ').trim();
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'TR', 'TD', 'TH', 'DD', 'DT', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'UL', 'OL', 'DL', 'TABLE', 'FIELDSET', 'LEGEND', 'FORM', 'MAIN', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE', 'DETAILS', 'SUMMARY', 'FIGURE', 'FIGCAPTION', 'CAPTION']);

/**
 * The readable text of a subtree: text nodes, plus the values of the controls in it, minus
 * what `skip` claims (our layer, hidden parts, the regions of other OPP parts). `rows`: end each
 * table row and list item with " ; ", so that what one row says stays with it.
 */
export function subtreeText(root: Node, skip?: (node: Node) => boolean, rows = false): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (skip?.(node)) return;
    if (node.nodeType === 3) {
      out.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isSkipped(el) || isPageAction(el)) return;
    if (isSelectWidget(el)) {
      out.push(' ', choiceText(el), ' ');
      return;
    }
    if (isControl(el) && el.tagName !== 'DIV') {
      out.push(' ', controlValue(el), ' ');
      return;
    }
    if (el.getAttribute('contenteditable') !== null && el.getAttribute('contenteditable') !== 'false') {
      out.push(' ', el.textContent ?? '', ' ');
      return;
    }
    // A block element's text is a word of its own on both sides ("…toevoegen" "OPP 2025.pdf").
    const block = BLOCK_TAGS.has(el.tagName);
    if (block) out.push(' ');
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    // With `rows`: each table row and list item is a clause of its own (a date and its status stay together).
    if (rows && (el.tagName === 'TR' || el.tagName === 'LI' || el.getAttribute('role') === 'row')) out.push(' ; ');
    else if (block) out.push(' ');
  };
  walk(root);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** A link or button that acts on the page ("Wijzig datum inschrijving"): no part of any value. */
export function isPageAction(el: Element): boolean {
  if (el.tagName !== 'A' && el.getAttribute('role') !== 'button' && el.getAttribute('role') !== 'link') return false;
  const text = el.textContent ?? '';
  return text.length <= MAX_ACTION_TEXT && PAGE_ACTION.test(fold(text).trim());
}

/** The text of a label element without the controls nested inside it (a wrapping <label>). */
export function ownLabelText(el: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !isControl(node as Element) && !isSkipped(node as Element)) {
      if ((node as Element).tagName === 'OPTION') return;
      for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(el);
  return text.replace(/\s+/g, ' ').trim();
}

/** An id a CSS selector can name as it is. */
const PLAIN_ID = /^[A-Za-z][\w-]*$/;

/** A short CSS locator for evidence and for finding the element again in the same page. */
export function cssPath(el: Element): string {
  // From the element up, reversed at the end.
  const parts: string[] = [];
  let cur: Element | null = el;
  while (cur && cur.tagName !== 'BODY' && cur.tagName !== 'HTML' && parts.length < 12) {
    const tagName: string = cur.tagName;
    const tag = tagName.toLowerCase();
    const id = cur.id;
    if (id && PLAIN_ID.test(id)) {
      parts.push(`${tag}#${id}`);
      break;
    }
    const parent: Element | null = cur.parentElement;
    if (!parent) {
      parts.push(tag);
      break;
    }
    // Its place among siblings of the same tag: those before it are counted, those after it
    // only looked for, without copying the child list (a hot path, bench/).
    let index = 1;
    for (let sib = cur.previousElementSibling; sib; sib = sib.previousElementSibling) if (sib.tagName === tagName) index++;
    let alone = index === 1;
    for (let sib = cur.nextElementSibling; alone && sib; sib = sib.nextElementSibling) if (sib.tagName === tagName) alone = false;
    parts.push(alone ? tag : `${tag}:nth-of-type(${index})`);
    cur = parent;
  }
  return parts.reverse().join(' > ');
}

/**
 * Whether `el` holds more than `max` characters of text. Stops as soon as it knows: asking a
 * page-wide wrapper for its textContent would build the whole page's text (bench/).
 */
export function textLongerThan(el: Element, max: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    length += n.nodeValue?.length ?? 0;
    if (length > max) return true;
  }
  return false;
}
