/** The checks the Topdossier content script needs, and no more (its bundle stays small). */
import { firstCheck, type CheckOptions, type PageCheck } from './core';
import { checkOpp } from './opp';
import { checkSettings } from './settings';

export function checkTopdossierPage(doc: Document, options: CheckOptions): PageCheck {
  return firstCheck(doc, options, [checkSettings, checkOpp]);
}
