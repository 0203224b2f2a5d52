/**
 * "Wijs het aan": what on the page can be pointed at as a part's label, and the label text
 * a pointed element gives. A label is short visible text (a <label>, a heading, a table or
 * list header, a legend, a text beside a field); a pointed field gives its own label. The
 * text of what a user typed is never a label: a control's value is never read here.
 */
import { controlLabel, firstLabels } from './control-label';
import { isControl, ownLabelText } from './dom-text';

const MAX = 80;
const LABEL_LIKE = 'label, legend, th, dt, h1, h2, h3, h4, h5, h6, [role=heading], [role=columnheader], [role=rowheader], summary, caption';

const visible = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
};
const ours = (el: Element) => el.closest('[data-opp-wijzer]') !== null;

/**
 * The label text an element stands for: its own short text, or a field's label; null when
 * none. `labels`: the page's <label> elements by control (firstLabels), read once per session.
 */
function labelTextOf(el: Element, labels: Map<Element, HTMLLabelElement>): string | null {
  if (ours(el)) return null;
  const control = isControl(el) ? el : el.closest('textarea, select, [contenteditable]:not([contenteditable=false])');
  if (control) {
    const label = controlLabel(control, el.ownerDocument, labels);
    return label && label.el ? clean(label.text) : null;
  }
  const text = clean(ownLabelText(el) || el.textContent || '');
  return text && text.length <= MAX ? text : null;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').replace(/^[\s*:•–-]+|[\s*:•–-]+$/g, '').trim();

export interface Pointer {
  /** Every element that can be pointed at, in page order (Tab walks these). */
  candidates(): Element[];
  /** The smallest element under a point that gives a label (the user's mouse). */
  candidateAt(x: number, y: number): Element | null;
  labelOf(el: Element): string | null;
}

/**
 * What one "Wijs het aan" session asks of the page. The page's <label> map is read once
 * for the session, not for every element the pointer passes over.
 */
export function pagePointer(doc: Document): Pointer {
  let labels: Map<Element, HTMLLabelElement> | null = null;
  const labelOf = (el: Element) => labelTextOf(el, (labels ??= firstLabels(doc)));
  return {
    labelOf,
    candidateAt(x, y) {
      for (const el of doc.elementsFromPoint(x, y)) {
        if (ours(el) || el === doc.body || el === doc.documentElement) continue;
        if (labelOf(el)) return el;
      }
      return null;
    },
    candidates() {
      const found: Element[] = [];
      const seen = new Set<Element>();
      const add = (el: Element | null) => {
        if (!el || seen.has(el) || ours(el) || !visible(el) || !labelOf(el)) return;
        seen.add(el);
        found.push(el);
      };
      for (const el of Array.from(doc.body.querySelectorAll(LABEL_LIKE))) add(el);
      // Short texts in leaf elements (a <span> or <div> beside a field), one per element.
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.nodeValue ?? '').trim();
        const parent = n.parentElement;
        if (!parent || text.length < 2 || text.length > MAX || parent.closest('script, style, option, textarea, button, a')) continue;
        if (parent.children.length === 0) add(parent);
      }
      return found.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    },
  };
}
