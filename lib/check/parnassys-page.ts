/** The checks the ParnasSys content script needs: its own OPP module and the pupil pages. */
import { firstCheck, type CheckOptions, type PageCheck } from './core';
import { checkOpp } from './opp';
import { checkParnassys } from './parnassys';

export function checkParnassysPage(doc: Document, options: CheckOptions): PageCheck {
  return firstCheck(doc, options, [checkOpp, checkParnassys]);
}
