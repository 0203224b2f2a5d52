/**
 * What the Topdossier content script keeps of a list of dossiers: for each pupil the list
 * shows with an OPP, that a list showed it (salted key only, no name, no list). A list
 * without birth dates gives keys of the name alone, which ParnasSys trusts only enough to
 * ask (controleren), never to say an arrangement is missing.
 *
 * The level too, as one flag: back at basisondersteuning (niveau 1-3) or not. The background keeps
 * it only for a pupil it already links (docs/regels.md#stappen-registreren-opp-bij-rod: an OPP that
 * ended); the level read later wins.
 */
import type { ListedPupil } from '../read/dossier-list-reader';
import { keyFor, updateLink } from './link-client';

const remembered = new Set<string>();

/** One pupil's rows: an OPP on any of them is extra ondersteuning; otherwise basis only if a row says so. */
function levelsOf(pupils: readonly ListedPupil[]): Map<string, { pupil: ListedPupil; hasOpp: boolean; basis: boolean }> {
  const out = new Map<string, { pupil: ListedPupil; hasOpp: boolean; basis: boolean }>();
  for (const p of pupils) {
    const id = `${p.name}|${p.birth ?? ''}`;
    const seen = out.get(id) ?? { pupil: p, hasOpp: false, basis: false };
    seen.hasOpp ||= p.hasOpp;
    seen.basis ||= p.level === 'basis';
    out.set(id, seen);
  }
  return out;
}

/** Remembers the OPPs of a list (and each linked pupil's level); returns how many pupils on it have one. */
export async function rememberList(pupils: readonly ListedPupil[]): Promise<number> {
  const withOpp = pupils.filter((p) => p.hasOpp);
  await Promise.all(
    [...levelsOf(pupils)].map(async ([id, { pupil, hasOpp, basis }]) => {
      // A name without a birth date says nothing sure of a level: only its OPP is kept, as before.
      const level = pupil.birth ? (hasOpp ? { basis: false } : basis ? { basis: true } : null) : null;
      if (!hasOpp && !level) return;
      const once = `${id}|${hasOpp}|${level?.basis ?? ''}`;
      if (remembered.has(once)) return;
      const key = await keyFor(pupil.name, pupil.birth ?? '');
      if (key && (await updateLink(key, { ...(hasOpp ? { oppListed: true as const } : {}), ...level }))) remembered.add(once);
    }),
  );
  return withOpp.length;
}
