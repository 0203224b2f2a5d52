/**
 * What a form field says now, however the page built it: a select's chosen option, a
 * radio group's chosen label, a checkbox or switch as "ja"/"nee", a text field's value.
 */
import { chosenOption } from './field-text';
import { controlValue } from './dom-text';

/** The radios that share `el`'s name within its form (or the page), or just `el`. */
export function radioGroup(el: Element): Element[] {
  const input = el as HTMLInputElement;
  if (input.type !== 'radio' || !input.name) return [el];
  const scope = input.form ?? el.ownerDocument;
  return Array.from(scope.querySelectorAll(`input[type=radio]`)).filter((r) => (r as HTMLInputElement).name === input.name);
}

export function fieldState(el: Element): string {
  if ((el as HTMLInputElement).type === 'radio') return chosenOption(radioGroup(el));
  return controlValue(el).trim();
}
