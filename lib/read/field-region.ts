/**
 * Where a label's value is, once a label is found: the column below a header, the rest of a
 * row, a <dd> after its <dt>, a fieldset, the content below a heading up to the next one, the
 * section an accordion opens, or what follows a "Label:" up to where the next part begins.
 * A value never runs on into the next part: that would read one part's words as another's.
 */
import { MAX_LABEL } from './label-keywords';
import { CONTROL_SELECTOR, isControl, isSkipped } from './dom-text';
import { isSectionOpener, sectionsOpenedBy } from './collapsed';
import type { FieldShape } from './labelled-fields';

const HEADING = /^H([1-6])$/;

export function headingLevel(el: Element): number | null {
  const m = HEADING.exec(el.tagName);
  if (m) return Number(m[1]);
  if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level') ?? 2);
  return null;
}

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

export function shapeOf(label: Element): { shape: FieldShape; anchor: Element; region: Node[] } | null {
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

/** A cell that labels the next one: a row header, or a short text that ends in a colon. */
function isLabelCell(c: Element): boolean {
  if (c.tagName === 'TH' || c.getAttribute('role') === 'rowheader') return true;
  const t = (c.textContent ?? '').trim();
  return t.length > 1 && t.length <= MAX_LABEL && t.endsWith(':') && !c.querySelector(CONTROL_SELECTOR);
}
