/**
 * A found field's value as text, read live: controls as the user left them (a radio group's
 * chosen option, a select's choice, what was typed), other fields as the text of their region.
 */
import { controlValues } from './tick-boxes';
import { ownLabelText, subtreeText } from './dom-text';
import type { Field } from './labelled-fields';

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
