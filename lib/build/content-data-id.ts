/**
 * Build time: a hash of what the background mirrors for the content scripts (the page
 * tables and the guide catalog), so a content script uses only its own build's copy.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function contentDataId(root = process.cwd()): string {
  const hash = createHash('sha256');
  const catalog = join(root, 'lib/guides/catalog');
  const files = [...['nl', 'en'].map((lang) => join(root, 'locales', `${lang}.json`)), ...readdirSync(catalog).sort().map((f) => join(catalog, f))];
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}
