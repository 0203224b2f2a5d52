#!/usr/bin/env node
/**
 * `npm run release`: refuses a dirty tree or a version that was not raised (release/guard.mjs),
 * then builds Chrome and Firefox, lints the Firefox build, writes the store zips, the zip of the
 * sources and SHA256SUMS to .output/release/, and the record releases/<version>.sha256 to commit.
 *
 * `--build-only`: the builds and zips without the checks and without the record (`npm test`
 * and `npm run zip` use it).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { releaseGuard, RELEASES_DIR } from './release/guard.mjs';

const root = resolve(import.meta.dirname, '..');
const buildOnly = process.argv.includes('--build-only');

if (!buildOnly) {
  const guard = releaseGuard(root);
  if (!guard.ok) {
    console.error(`Geen release: ${guard.reason}`);
    process.exit(1);
  }
}
// Imported only now: the checks above must answer on a clone without node_modules.
const { buildRelease } = await import('./release/build.mjs');
try {
  const { version, releaseDir, files } = buildRelease({ root, sources: !buildOnly, lint: !buildOnly });
  for (const f of files) console.log(`${f.sha256}  ${join(releaseDir, f.name)}`);
  if (!buildOnly) {
    mkdirSync(join(root, RELEASES_DIR), { recursive: true });
    copyFileSync(join(releaseDir, 'SHA256SUMS'), join(root, RELEASES_DIR, `${version}.sha256`));
    console.log(`\nRelease ${version} staat in ${releaseDir}.`);
    console.log(`Commit ${RELEASES_DIR}/${version}.sha256 (en zet in CHANGELOG.md de datum bij ${version}); daarna weigert deze versie een tweede release.`);
    console.log('Uploaden: store/README.md.');
  }
} catch (error) {
  console.error(`Geen release: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
