/**
 * One check of a ParnasSys page with what OPP-wijzer remembers of its pupil: read the
 * pupil, look up their link by salted key, judge with it, and remember the arrangement
 * periods seen. Only the key and dates are ever stored: lib/privacy keeps the keys and the
 * store (lib/privacy/link-format.ts); this file only runs the check with them.
 */
import { type CheckOptions, type PageCheck, type PupilMemory } from './core';
import { checkParnassysPage } from './parnassys-page';
import { linkFor, updateLink } from '../privacy/link-client';
import { hasKnownOpp, type Link } from '../privacy/link-format';
import type { PageSession } from '../read/page-session';
import { readPupil } from '../read/pupil-reader';

/** A ParnasSys page's check with the pupil's salted key and link, when the pupil is known. */
export interface PupilCheck extends PageCheck {
  key: string | null;
  link: Link | undefined;
}

/** `byName`: the link kept under the pupil's name alone, from a list without birth dates. */
function memoryOf(link: Link | undefined, byName: Link | undefined): PupilMemory {
  const opp = link?.oppStart
    ? { how: 'topdossier' as const, start: link.oppStart }
    : link?.oppSeen
      ? { how: 'topdossier' as const }
      : link?.oppListed
        ? { how: 'lijst' as const }
        : link?.userSaysOpp
          ? { how: 'user' as const }
          : byName?.oppListed
            ? { how: 'lijst-naam' as const }
            : undefined;
  const medical = link?.medical;
  return { ...(opp ? { opp: { ...opp, ...(medical ? { medical } : {}) } } : {}), ...(link?.basis ? { basis: true } : {}), remembered: link?.periods ?? null };
}

const samePeriods = (a: Link['periods'], b: Link['periods']) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export async function checkWithMemory(page: PageSession, options: Omit<CheckOptions, 'url' | 'pupil'>): Promise<PupilCheck> {
  const { doc } = page;
  const pupil = readPupil(doc);
  const found = pupil ? await linkFor(pupil.name, pupil.birth).catch(() => null) : null;
  if (!pupil || !found) return withLink(checkParnassysPage(doc, { ...options, url: page.url(), pupilOnPage: pupil }), null, undefined);
  const { key, link } = found;
  // Only when nothing surer is known: a list that showed this name, without a birth date.
  const byName = hasKnownOpp(link) ? undefined : (await linkFor(pupil.name, '').catch(() => null))?.link;
  const check = checkParnassysPage(doc, { ...options, url: page.url(), pupil: memoryOf(link, byName), pupilOnPage: pupil });
  if (check.periods && !samePeriods(check.periods, link?.periods)) void updateLink(key, { periods: check.periods }).catch(() => undefined);
  return withLink(check, key, link);
}

/** Typing reads the whole page again (no `recheck`): each read looks the pupil's link up anew. */
const withLink = (check: PageCheck, key: string | null, link: Link | undefined): PupilCheck => ({ ...check, recheck: undefined, key, link });
