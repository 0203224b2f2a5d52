/**
 * The release build: Chrome (MV3) and Firefox (MV2) with WXT, Mozilla's linter on the Firefox
 * build, then the store zips (zip-dir.mjs, same bytes for the same commit) and their SHA-256
 * list in `<outDir>/release/`. Used by `npm run release`, by `npm test` (which needs the
 * builds) and by the reproducibility test, so what is tested is what is shipped.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { zipDir } from './zip-dir.mjs';

export const TARGETS = [
  { browser: 'chrome', dir: 'chrome-mv3' },
  { browser: 'firefox', dir: 'firefox-mv2' },
];

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

function run(cmd, args, options) {
  const r = spawnSync(cmd, args, { stdio: options.quiet ? 'pipe' : 'inherit', encoding: 'utf8', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} stopte met ${r.status}${options.quiet ? `\n${r.stdout}${r.stderr}` : ''}`);
  return r;
}

/** Mozilla's linter on the Firefox build: anything at all (error, warning, notice) stops the release. */
export function lintFirefox(root, dir) {
  const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { cwd: root, encoding: 'utf8' });
  const report = JSON.parse(lint.stdout);
  const messages = [...report.errors, ...report.warnings, ...report.notices].map((m) => `${m.code}: ${m.message}`);
  if (messages.length) throw new Error(`web-ext lint vond ${messages.length} melding(en):\n${messages.join('\n')}`);
}

/**
 * Builds both browsers into `outDir` and zips them as `opp-wijzer-<version>-<browser>.zip`.
 * `lint`: run web-ext lint (default true). `sources`: also a zip of the commit's source, which
 * addons.mozilla.org asks for bundled code (`git archive`, the same bytes for the same commit).
 * Returns the zips' names and SHA-256, in the order of SHA256SUMS.
 */
export function buildRelease({ root, outDir = '.output', lint = true, sources = false, quiet = false }) {
  const out = isAbsolute(outDir) ? outDir : join(root, outDir);
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const env = { ...process.env, OPP_OUT_DIR: out };
  for (const t of TARGETS) run('npx', ['wxt', 'build', '-b', t.browser], { cwd: root, env, quiet });
  if (lint) lintFirefox(root, join(out, 'firefox-mv2'));
  const releaseDir = join(out, 'release');
  rmSync(releaseDir, { recursive: true, force: true });
  mkdirSync(releaseDir, { recursive: true });
  const files = [];
  for (const t of TARGETS) {
    const name = `opp-wijzer-${version}-${t.browser}.zip`;
    const bytes = zipDir(join(out, t.dir));
    writeFileSync(join(releaseDir, name), bytes);
    files.push({ name, sha256: sha256(bytes) });
  }
  if (sources) {
    const name = `opp-wijzer-${version}-sources.zip`;
    run('git', ['archive', '--format=zip', `--output=${join(releaseDir, name)}`, 'HEAD'], { cwd: root, quiet: true });
    files.push({ name, sha256: sha256(readFileSync(join(releaseDir, name))) });
  }
  // The form `sha256sum -c` reads: "<hash>  <name>".
  writeFileSync(join(releaseDir, 'SHA256SUMS'), files.map((f) => `${f.sha256}  ${f.name}\n`).join(''));
  return { version, releaseDir, files };
}
