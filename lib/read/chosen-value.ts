/**
 * Which option a setting is set to, however the page lets the user choose: a select, native
 * radios, ARIA radios (aria-checked), a switch, segmented buttons (aria-pressed). Only the
 * chosen option counts, and only its name: "Automatisch — gegevens worden na 5 jaar gewist"
 * is set to "Automatisch", and the words that explain an option are no value.
 */
import { controlValue, ownLabelText } from './dom-text';
import type { Field } from './labelled-fields';

const CHOICES = 'select, input[type=radio], input[type=checkbox], [role=radio], [role=switch], [role=checkbox], [aria-pressed], [role=option]';

/** The option's own name: the words before an explanation (a dash, a bracket, a colon, a comma). */
export function optionName(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const cut = clean.search(/\s[—–-]\s|\s?\(|[:;,]\s|\s[—–]/);
  return (cut > 0 ? clean.slice(0, cut) : clean).trim();
}

function choicesOf(field: Field): Element[] {
  const found = new Set<Element>();
  for (const c of field.controls) if (c.matches(CHOICES)) found.add(c);
  for (const n of field.region) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el.matches(CHOICES)) found.add(el);
    for (const c of Array.from(el.querySelectorAll(CHOICES))) found.add(c);
  }
  return [...found];
}

function optionText(el: Element): string {
  const input = el as HTMLInputElement;
  const label = input.labels?.[0];
  return optionName(label ? ownLabelText(label) : (el.getAttribute('aria-label') ?? el.textContent ?? input.value ?? ''));
}

const on = (el: Element) => (el as HTMLInputElement).checked === true || el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-pressed') === 'true' || el.getAttribute('aria-selected') === 'true';

/**
 * The chosen option of a choice field, by its name; '' when the field offers options and
 * none is chosen; null when the field is no choice (read its text instead).
 */
export function chosenValue(field: Field): string | null {
  const choices = choicesOf(field);
  if (choices.length === 0) return null;
  const select = choices.find((c) => c.tagName === 'SELECT');
  if (select) return optionName(controlValue(select));
  // One switch or checkbox on its own is on or off.
  if (choices.length === 1 && !/radio|option/.test(choices[0]!.getAttribute('role') ?? (choices[0] as HTMLInputElement).type ?? '')) {
    const state = controlValue(choices[0]!);
    if (state === 'ja' || state === 'nee') return state === 'ja' ? 'aan' : 'uit';
  }
  const chosen = choices.filter(on);
  return chosen.length === 1 ? optionText(chosen[0]!) : '';
}
