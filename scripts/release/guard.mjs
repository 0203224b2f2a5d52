/**
 * What `npm run release` checks before it builds anything (node builtins only, so it answers
 * on a fresh clone before `npm ci`): the work tree is clean, so the zips are made from a
 * commit; and the version in package.json is higher than every released one. A version is
 * released when its SHA-256 list is committed as releases/<version>.sha256: that record is
 * what a store review, or a board's IT, can check the zips against.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RELEASES_DIR = 'releases';

/** Numeric compare of "1.2.3"; a missing part counts 0. */
export function compareVersions(a, b) {
  const pa = a.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
}

/** The versions with a committed release record, highest last. */
export function releasedVersions(root) {
  const dir = join(root, RELEASES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => /^(\d+\.\d+\.\d+)\.sha256$/.exec(f)?.[1])
    .filter(Boolean)
    .sort(compareVersions);
}

/** `{ ok: true, version }`, or `{ ok: false, reason }` with a sentence that says what to do. */
export function releaseGuard(root) {
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=normal'], { cwd: root, encoding: 'utf8' });
  if (status.status !== 0) return { ok: false, reason: 'Geen git-repository: een release wordt gemaakt van een commit.' };
  if (status.stdout.trim()) {
    return { ok: false, reason: `De werkmap is niet schoon (niet gecommitte wijzigingen):\n${status.stdout.trimEnd()}\nCommit of verwijder ze eerst: een release is precies één commit.` };
  }
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  if (!/^\d+\.\d+\.\d+$/.test(version ?? '')) return { ok: false, reason: `Versie "${version}" in package.json is geen x.y.z (zo wil de manifest het).` };
  const released = releasedVersions(root);
  const highest = released.at(-1);
  if (highest && compareVersions(version, highest) <= 0) {
    return { ok: false, reason: `Versie ${version} is niet verhoogd: ${highest} is al uitgebracht (${RELEASES_DIR}/${highest}.sha256). Verhoog "version" in package.json, zet het in CHANGELOG.md en commit.` };
  }
  return { ok: true, version };
}
