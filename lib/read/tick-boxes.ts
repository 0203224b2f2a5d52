/**
 * Tick boxes (checkboxes, switches) and the statements they stand for.
 *
 * A form often asks one question and lets each person answer with a box of their own:
 * "Instemming handelingsdeel" with "☑ Sanne Bakker gaat akkoord … 02-10-2025" and "☑ Ruben Bakker
 * gaat akkoord … 03-10-2025". Read as "ja ja", that is one consent; read box by box, with what each
 * box says, it is two, signed by whom and when. So: the boxes under one label are one field, and
 * each ticked box is a value of its own, with its own label and the caption beside it.
 */
import { TICK_COMPONENT, controlValue, isControl, ownLabelText } from './dom-text';

/** A checkbox or a switch: on or off by itself. */
export function isTickBox(el: Element): boolean {
  return (el as HTMLInputElement).type === 'checkbox' || /^(checkbox|switch)$/.test(el.getAttribute('role') ?? '') || TICK_COMPONENT.test(el.tagName);
}

/** How far up a box's group and caption are looked for: a form item is seldom deeper. */
const GROUP_DEPTH = 4;
/** A caption is a line or two; more is the next part of the form. */
const MAX_CAPTION = 300;

/**
 * The other tick boxes answering the same question as `box`: those in the smallest wrapper around
 * `box` that holds more than one, when that wrapper holds neither the question's label nor any
 * other kind of control (then it is one group, not a form).
 */
export function tickGroupOf(box: Element, label: Element | null): Element[] {
  let wrapper = box.parentElement;
  for (let depth = 0; wrapper && depth < GROUP_DEPTH; depth++, wrapper = wrapper.parentElement) {
    if (label && wrapper.contains(label)) return [];
    const controls = Array.from(wrapper.querySelectorAll('*')).filter(isControl);
    const boxes = controls.filter(isTickBox);
    if (boxes.length < 2) continue;
    return boxes.length === controls.length && !wrapper.querySelector('h1, h2, h3, h4, h5, h6, legend, [role=heading]') ? boxes.filter((b) => b !== box) : [];
  }
  return [];
}

/**
 * What a box says beyond the question: its own label(s) other than the field's, its
 * aria-describedby text, and a caption written right after it ("Akkoord gegeven door … op …").
 */
function statementOf(box: Element, fieldLabel: Element | null): string {
  const doc = box.ownerDocument;
  const own = box.tagName === 'INPUT' ? Array.from((box as HTMLInputElement).labels ?? []) : [];
  // The question a group of boxes shares is no box's own statement; a lone box's label is ("Ouders gaan akkoord").
  const parts = own.filter((l) => !fieldLabel || (l !== fieldLabel && !l.contains(fieldLabel))).map(ownLabelText);
  if (box.tagName !== 'INPUT' && box !== fieldLabel) parts.push(box.getAttribute('aria-label') ?? ownLabelText(box));
  for (const id of (box.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) parts.push(doc.getElementById(id)?.textContent ?? '');
  parts.push(captionAfter(box, own));
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');
}

/**
 * Text blocks right after the box, or after its own wrappers (the styled box, the wrapping label),
 * up to anything that is not plain text. Climbs only while the wrapper holds no other control.
 */
function captionAfter(box: Element, labels: Element[]): string {
  return textAfter(box, labels)?.text ?? '';
}

/**
 * The text right after a tick box, with its first element: a caption, or the box's only label
 * when the page writes it beside the box (a task list: "☑ <p>Ouders gaan akkoord …</p>").
 */
export function textAfter(box: Element, labels: Element[] = []): { text: string; el: Element } | null {
  const skip = (el: Element) => labels.includes(el) || (el.textContent ?? '').trim() === '';
  let node: Element = box;
  for (let depth = 0; depth < GROUP_DEPTH; depth++) {
    let text = '';
    let first: Element | null = null;
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      if (skip(next)) continue;
      if (next.querySelector('input, select, textarea, button, [role], label, h1, h2, h3, h4, h5, h6') || /^(H\d|LABEL|BUTTON)$/.test(next.tagName)) break;
      text += ` ${next.textContent ?? ''}`;
      first ??= next;
      if (text.length > MAX_CAPTION) return null;
    }
    if (first && text.trim()) return { text: text.replace(/\s+/g, ' ').trim(), el: first };
    const parent = node.parentElement;
    if (!parent || Array.from(parent.querySelectorAll('*')).some((el) => el !== box && isControl(el))) return null;
    node = parent;
  }
  return null;
}

/**
 * The values of a field's controls. Tick boxes each give their own: "ja: <what the box says>" when
 * ticked, "nee" when not (an unticked "… gaat akkoord" says no one agreed). Other controls read
 * together, as one value.
 */
export function controlValues(controls: Element[], fieldLabel: Element | null): string[] {
  if (controls.length === 0 || !controls.every(isTickBox)) return [controls.map(controlValue).map((v) => v.trim()).join(' ').trim()];
  return controls.map((box) => {
    const state = controlValue(box);
    const says = state === 'ja' ? statementOf(box, controls.length > 1 ? fieldLabel : null) : '';
    return says ? `${state}: ${says}` : state;
  });
}
