/**
 * One check of a ParnasSys page with what OPP-wijzer remembers of its pupil: read the
 * pupil, look up their link by salted key, judge with it, and remember the arrangement
 * periods seen. Only the key and dates are ever stored (lib/privacy/pupil-links.ts).
 */
import { checkPage, todayIso, type CheckOptions, type PageCheck, type PupilMemory } from '../check-page';
import { getLink, keyFor, updateLink, type Link } from './pupil-links';
import { readPupil } from '../read/pupil-reader';

export interface PupilCheck {
  check: PageCheck;
  key: string | null;
  link: Link | undefined;
}

const keys = new Map<string, Promise<string>>();

function cachedKey(name: string, birth: string): Promise<string> {
  const id = `${name}|${birth}`;
  if (!keys.has(id)) keys.set(id, keyFor(name, birth));
  return keys.get(id)!;
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
  if (!pupil) return { check: checkPage(document, { ...options, url: location.href }), key: null, link: undefined };
  const key = await cachedKey(pupil.name, pupil.birth);
  const link = await getLink(key, today);
  const check = checkPage(document, { ...options, url: location.href, pupil: memoryOf(link) });
  if (check.periods && !samePeriods(check.periods, link?.periods)) await updateLink(key, today, { periods: check.periods });
  return { check, key, link };
}

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
