/** Whether a step's condition holds on the page as it is now. */
import { parseDate } from '../dates';
import { fold } from '../text';
import { fieldState } from '../read/field-state';
import type { Condition } from './guide-schema';
import { findTarget } from './find-target';

export interface StepEnv {
  doc: Document;
  url: string;
  /** What the user did on this step before the page changed. */
  acted?: 'saved' | 'clicked';
}

export function holds(condition: Condition, env: StepEnv): boolean {
  switch (condition.kind) {
    case 'url':
      return new RegExp(condition.pattern, 'i').test(env.url);
    case 'appears':
      return findTarget(env.doc, condition.target, env.url) !== null;
    case 'text': {
      const text = fold(env.doc.body?.textContent ?? '');
      return condition.phrases.some((p) => text.includes(fold(p)));
    }
    case 'value': {
      const el = findTarget(env.doc, condition.target, env.url);
      const control = el?.matches('fieldset, [role=radiogroup]') ? el.querySelector('input[type=radio]') : el;
      if (!control) return false;
      const value = fieldState(control);
      if (condition.oneOf) return condition.oneOf.some((v) => fold(v) === fold(value));
      if (condition.date) return parseDate(value).ok;
      if (condition.pattern) return new RegExp(condition.pattern).test(value);
      return value !== '' && fold(value) !== 'nee';
    }
    case 'clicked':
      return env.acted === 'clicked';
    case 'saved':
      return env.acted === 'saved';
  }
}
