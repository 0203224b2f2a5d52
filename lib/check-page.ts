/**
 * The whole pipeline for one page: read → judge, giving the findings contract. The
 * opp-check CLI calls this; each content script calls the same checks for its own app
 * (lib/check/topdossier-page.ts, lib/check/parnassys-page.ts), so they can never disagree.
 */
import { firstCheck, type CheckOptions, type PageCheck } from './check/core';
import { checkOpp } from './check/opp';
import { checkParnassys } from './check/parnassys';
import { checkSettings } from './check/settings';
import { appOf } from './read/page-kind';

export { todayIso, type CheckOptions, type PageCheck, type PupilMemory } from './check/core';

export function checkPage(doc: Document, options: CheckOptions = {}): PageCheck {
  // Topdossier pages are never ParnasSys pupil pages.
  const parnassys = appOf(options.url, doc) !== 'topdossier' ? [checkParnassys] : [];
  return firstCheck(doc, options, [checkSettings, checkOpp, ...parnassys]);
}
