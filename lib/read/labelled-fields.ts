/**
 * Finds the labelled parts of a page by meaning, whatever the markup: form controls and
 * their labels (for=, wrapping, aria, row header, field name), table rows and column
 * headers, <dt>/<dd>, <fieldset>/<legend>, headings with the content below them, and
 * "Label:" text before a value. Each label is classified with a term dictionary; the
 * reader of each host app decides what the parts mean, this module only finds them.
 *
 * Its helpers each do one job: page-lists.ts gathers the page's texts and elements once per
 * check (short-texts.ts picks the label candidates in one pass over the text, so the cost stays
 * close to reading the page's text once, see bench/); control-label.ts names a form control;
 * field-region.ts finds where a label's value is; field-text.ts reads that value.
 */
import { fold, foldLabel, shorten } from '../text';
import { anyTerm, matchTerm, type Term } from '../terms/term';
import { MAX_LABEL, type Dictionary } from './label-keywords';
import { isTickBox, tickGroupOf } from './tick-boxes';
import { CONTROL_SELECTOR, cssPath, isControl, isSkipped, ownLabelText } from './dom-text';
import { isCollapsedSection, isSectionOpener } from './collapsed';
import type { Outline } from './outline';
import { controlLabel } from './control-label';
import { INLINE_TAGS } from './short-texts';
import { pageLists, type ControlKind } from './page-lists';
import { shapeOf } from './field-region';

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
    let seen = lists.controlKinds.get(control);
    if (seen === undefined) lists.controlKinds.set(control, (seen = controlKind(control)));
    if (seen.kind === 'unread') continue;
    const group = tickGroups.get(control);
    if (group) {
      group.controls.push(control);
      continue;
    }
    if (seen.kind === 'editor-content') continue;
    const groupName = seen.groupName;
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

/**
 * What a control is to every dictionary pass alike, worked out once per page read (page-lists.ts
 * keeps it): not read (hidden, or in our own layer), content of a rich-text editor, or a field;
 * and the radio group it answers with, by name or by its ARIA group's place.
 */
function controlKind(control: Element): ControlKind {
  if (isSkipped(control) || control.closest('[data-opp-wijzer]')) return { kind: 'unread', groupName: null };
  // Text fields inside a rich-text editor are its content; a tick box there (a task list) is still a state.
  if (!isTickBox(control) && control.parentElement?.closest('[contenteditable]:not([contenteditable=false])')) return { kind: 'editor-content', groupName: null };
  const type = (control as HTMLInputElement).type;
  const ariaGroup = control.getAttribute('role') === 'radio' ? control.closest('[role=radiogroup]') : null;
  return { kind: 'field', groupName: type === 'radio' ? control.getAttribute('name') : ariaGroup ? cssPath(ariaGroup) : null };
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
