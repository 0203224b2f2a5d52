/**
 * A zip that is the same bytes for the same files: entries in a fixed (sorted) order, every
 * timestamp the same fixed date, one compression level, no extra fields. `wxt zip` takes the
 * files' own times, so two builds of one commit differ; a board's IT, or a store reviewer,
 * should be able to rebuild a release and get its SHA-256.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

/**
 * 1980-01-01 00:00, the first date a zip can hold. Built from local time on purpose: zip
 * stores local date fields, and fflate reads them with the local getters, so this gives the
 * same bytes in every time zone.
 */
const FIXED_DATE = new Date(1980, 0, 1, 0, 0, 0);

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? d.path, d.name));
}

/** The zip of everything under `dir`, paths relative to it with forward slashes. */
export function zipDir(dir) {
  const entries = filesUnder(dir)
    .map((file) => [relative(dir, file).split(sep).join('/'), file])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const tree = {};
  for (const [name, file] of entries) tree[name] = [readFileSync(file), { level: 9, mtime: FIXED_DATE }];
  return zipSync(tree, { level: 9, mtime: FIXED_DATE });
}
