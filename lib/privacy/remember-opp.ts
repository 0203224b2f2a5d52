/** What the Topdossier content script keeps of an OPP it saw, to link it to ParnasSys. */
import { todayIso, type PageCheck } from '../check/core';
import { getLink, updateLink } from './pupil-links';
import { cachedKey } from './pupil-key-cache';

let lastRemembered = '';

/**
 * Records what OPP-wijzer learned about a pupil on a Topdossier OPP: only its start date.
 * Runs after every check while typing, so it touches storage only when something changed.
 */
export async function rememberOpp(check: PageCheck): Promise<void> {
  if (check.report.page !== 'opp' || !check.pupil || !check.oppStart) return;
  const id = `${check.pupil.name}|${check.pupil.birth}|${check.oppStart}`;
  if (id === lastRemembered) return;
  lastRemembered = id;
  const key = await cachedKey(check.pupil.name, check.pupil.birth);
  const today = todayIso();
  const link = await getLink(key, today);
  if (link?.oppStart !== check.oppStart) await updateLink(key, today, { oppStart: check.oppStart });
}
