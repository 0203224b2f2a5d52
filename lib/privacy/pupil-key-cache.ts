/** Pupil keys already computed in this page (hashing is async; the page re-checks often). */
import { keyFor } from './pupil-links';

const keys = new Map<string, Promise<string>>();

export function cachedKey(name: string, birth: string): Promise<string> {
  const id = `${name}|${birth}`;
  if (!keys.has(id)) keys.set(id, keyFor(name, birth));
  return keys.get(id)!;
}
