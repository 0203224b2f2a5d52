/** Whether a step's condition holds on the page as it is now (read through lib/read/guide-target.ts). */
import { parseDate } from '../dates';
import { fold } from '../text';
import type { GuidePage } from '../read/guide-target';
import type { Condition } from './guide-schema';

export interface StepEnv {
  page: GuidePage;
  /** What the user did on this step before the page changed. */
  acted?: 'saved' | 'clicked';
}

export function holds(condition: Condition, env: StepEnv): boolean {
  switch (condition.kind) {
    case 'url':
      return new RegExp(condition.pattern, 'i').test(env.page.url);
    case 'appears':
      return env.page.find(condition.target) !== null;
    case 'text': {
      const text = fold(env.page.text());
      return condition.phrases.some((p) => text.includes(fold(p)));
    }
    case 'value': {
      const value = env.page.valueOf(condition.target);
      if (value === null) return false;
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
