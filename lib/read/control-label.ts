/**
 * The label of a form control, by every way pages label controls: <label for> or wrapping,
 * aria-labelledby, a web component's label attribute, aria-label, an editor's hidden source
 * field, the text after a tick box, a row header, the element before it, its field name.
 * Kept apart from the page walk (page-lists.ts) because guides and the point-at view ask it too.
 */
import { MAX_LABEL } from './label-keywords';
import { isTickBox, textAfter } from './tick-boxes';
import { CONTROL_SELECTOR, TICK_COMPONENT, isSkipped, ownLabelText } from './dom-text';

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
export function noteLabel(map: Map<Element, HTMLLabelElement>, label: HTMLLabelElement): void {
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
