/** What the Topdossier content script keeps of an OPP it saw, to link it to ParnasSys. */
import type { PageCheck } from '../check/core';
import { keyFor, updateLink } from './link-client';

let lastRemembered = '';

/**
 * Records that a pupil has an OPP, with its start date when the page shows one. Runs after
 * every check while typing, so it asks the background only when something changed.
 */
export async function rememberOpp(check: PageCheck): Promise<void> {
  if (check.report.page !== 'opp' || !check.pupil) return;
  // undefined: the part was not read on this page; what was remembered of it stays.
  const medical = check.otvMedical;
  const id = `${check.pupil.name}|${check.pupil.birth}|${check.oppStart ?? ''}|${medical === undefined ? '?' : (medical ?? '-')}`;
  if (id === lastRemembered) return;
  lastRemembered = id;
  try {
    const key = await keyFor(check.pupil.name, check.pupil.birth);
    // The medical reason of an onderwijstijdverkorting, or that there is none (any earlier one is forgotten).
    if (key) await updateLink(key, { oppSeen: true, ...(check.oppStart ? { oppStart: check.oppStart } : {}), medical });
  } catch (error) {
    // Not on disk: the next check tries again.
    lastRemembered = '';
    throw error;
  }
}
