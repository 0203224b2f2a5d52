/**
 * What the Topdossier content script keeps of a list of dossiers: for each pupil the list
 * shows with an OPP, that a list showed it (salted key only, no name, no list). A list
 * without birth dates gives keys of the name alone, which ParnasSys trusts only enough to
 * ask (controleren), never to say an arrangement is missing.
 */
import type { ListedPupil } from '../read/dossier-list-reader';
import { keyFor, updateLink } from './link-client';

const remembered = new Set<string>();

/** Remembers the OPPs of a list; returns how many pupils on it have one. */
export async function rememberList(pupils: readonly ListedPupil[]): Promise<number> {
  const withOpp = pupils.filter((p) => p.hasOpp);
  await Promise.all(
    withOpp.map(async (p) => {
      const id = `${p.name}|${p.birth ?? ''}`;
      if (remembered.has(id)) return;
      const key = await keyFor(p.name, p.birth ?? '');
      if (key && (await updateLink(key, { oppListed: true }))) remembered.add(id);
    }),
  );
  return withOpp.length;
}
