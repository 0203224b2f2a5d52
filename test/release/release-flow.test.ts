/**
 * `npm run release` on a fresh copy of the repository (the tracked and new files of this work
 * tree, committed in a temporary git repository; this tree is never touched): it refuses a dirty
 * tree and a version that was already released, even before `npm ci`; after a version bump it
 * builds, lints, and writes the zips, SHA256SUMS and the record releases/<version>.sha256; and a
 * second build of the same commit gives the same zip bytes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, no types
import { buildRelease } from '../../scripts/release/build.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
let work: string;
let repo: string;

const git = (...args: string[]) => {
  const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
};
const release = () => spawnSync('node', ['scripts/release.mjs'], { cwd: repo, encoding: 'utf8' });
const version = () => JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version as string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'opp-release-'));
  repo = join(work, 'repo');
  const files = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(repo, f)), { recursive: true });
    cpSync(join(ROOT, f), join(repo, f));
  }
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'snapshot');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run release', () => {
  it('refuses a dirty work tree, before anything is installed', () => {
    writeFileSync(join(repo, 'stray.txt'), 'not committed');
    const r = release();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('De werkmap is niet schoon');
    expect(r.stderr).toContain('stray.txt');
    rmSync(join(repo, 'stray.txt'));
  });

  it('refuses a version that was already released', () => {
    const v = version();
    mkdirSync(join(repo, 'releases'), { recursive: true });
    writeFileSync(join(repo, 'releases', `${v}.sha256`), 'released before\n');
    git('add', '-A');
    git('commit', '-qm', `release ${v}`);
    const r = release();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Versie ${v} is niet verhoogd`);
  });

  it('releases after a version bump, and a second build of that commit gives the same zip bytes', { timeout: 240_000 }, () => {
    // The dependencies of this tree, as `npm ci` would give them.
    symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'), 'dir');
    appendFileSync(join(repo, '.git/info/exclude'), 'node_modules\n');
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    const [major, minor, patch] = (pkg.version as string).split('.').map(Number);
    pkg.version = `${major}.${minor}.${patch! + 1}`;
    writeFileSync(join(repo, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    git('commit', '-qam', `version ${pkg.version}`);

    const r = release();
    expect(r.stderr + r.stdout, 'release output').toContain(`Release ${pkg.version} staat in`);
    expect(r.status).toBe(0);
    const sums = readFileSync(join(repo, '.output/release/SHA256SUMS'), 'utf8');
    expect(sums.trim().split('\n').map((l) => l.split('  ')[1])).toEqual([`opp-wijzer-${pkg.version}-chrome.zip`, `opp-wijzer-${pkg.version}-firefox.zip`, `opp-wijzer-${pkg.version}-sources.zip`]);
    expect(readFileSync(join(repo, 'releases', `${pkg.version}.sha256`), 'utf8')).toBe(sums);
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(repo, '.output/release'), encoding: 'utf8' });
    expect(check.status, check.stdout).toBe(0);
    const manifest = JSON.parse(readFileSync(join(repo, '.output/chrome-mv3/manifest.json'), 'utf8'));
    expect(manifest.version).toBe(pkg.version);

    const again = buildRelease({ root: repo, outDir: join(work, 'second'), lint: false, sources: true, quiet: true }) as { files: { name: string; sha256: string }[] };
    expect(again.files.map((f) => `${f.sha256}  ${f.name}\n`).join('')).toBe(sums);

    // Once its record is committed, the same version is refused.
    git('add', 'releases');
    git('commit', '-qm', `release ${pkg.version}`);
    expect(release().stderr).toContain(`Versie ${pkg.version} is niet verhoogd`);
  });
});
