/**
 * One check of a ParnasSys page with what OPP-wijzer remembers of its pupil: read the
 * pupil, look up their link by salted key, judge with it, and remember the arrangement
 * periods seen. Only the key and dates are ever stored (lib/privacy/pupil-links.ts).
 */
import { todayIso, type CheckOptions, type PageCheck, type PupilMemory } from '../check/core';
import { checkParnassysPage } from '../check/parnassys-page';
import { cachedKey } from './pupil-key-cache';
import { getLink, updateLink, type Link } from './pupil-links';
import { readPupil } from '../read/pupil-reader';

export interface PupilCheck {
  check: PageCheck;
  key: string | null;
  link: Link | undefined;
}


function memoryOf(link: Link | undefined): PupilMemory {
  const opp = link?.oppStart
    ? { how: 'topdossier' as const, start: link.oppStart }
    : link?.userSaysOpp
      ? { how: 'user' as const }
      : undefined;
  return { ...(opp ? { opp } : {}), remembered: link?.periods ?? null };
}

const samePeriods = (a: Link['periods'], b: Link['periods']) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export async function checkWithMemory(options: Omit<CheckOptions, 'url' | 'pupil'>): Promise<PupilCheck> {
  const today = todayIso();
  const pupil = readPupil(document);
  if (!pupil) return { check: checkParnassysPage(document, { ...options, url: location.href, pupilOnPage: null }), key: null, link: undefined };
  const key = await cachedKey(pupil.name, pupil.birth);
  const link = await getLink(key, today);
  const check = checkParnassysPage(document, { ...options, url: location.href, pupil: memoryOf(link), pupilOnPage: pupil });
  if (check.periods && !samePeriods(check.periods, link?.periods)) await updateLink(key, today, { periods: check.periods });
  return { check, key, link };
}

