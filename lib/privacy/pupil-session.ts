/**
 * One check of a ParnasSys page with what OPP-wijzer remembers of its pupil: read the
 * pupil, look up their link by salted key, judge with it, and remember the arrangement
 * periods seen. Only the key and dates are ever stored (lib/privacy/link-format.ts).
 */
import { type CheckOptions, type PageCheck, type PupilMemory } from '../check/core';
import { checkParnassysPage } from '../check/parnassys-page';
import { getLink, keyFor, updateLink } from './link-client';
import type { Link } from './link-format';
import { readPupil } from '../read/pupil-reader';

export interface PupilCheck {
  check: PageCheck;
  key: string | null;
  link: Link | undefined;
}


function memoryOf(link: Link | undefined): PupilMemory {
  const opp = link?.oppStart
    ? { how: 'topdossier' as const, start: link.oppStart }
    : link?.oppSeen
      ? { how: 'topdossier' as const }
      : link?.userSaysOpp
      ? { how: 'user' as const }
      : undefined;
  return { ...(opp ? { opp } : {}), remembered: link?.periods ?? null };
}

const samePeriods = (a: Link['periods'], b: Link['periods']) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export async function checkWithMemory(options: Omit<CheckOptions, 'url' | 'pupil'>): Promise<PupilCheck> {
  const pupil = readPupil(document);
  const key = pupil ? await keyFor(pupil.name, pupil.birth).catch(() => null) : null;
  if (!pupil || !key) return { check: checkParnassysPage(document, { ...options, url: location.href, pupilOnPage: pupil }), key: null, link: undefined };
  const link = await getLink(key).catch(() => undefined);
  const check = checkParnassysPage(document, { ...options, url: location.href, pupil: memoryOf(link), pupilOnPage: pupil });
  if (check.periods && !samePeriods(check.periods, link?.periods)) void updateLink(key, { periods: check.periods }).catch(() => undefined);
  return { check, key, link };
}

