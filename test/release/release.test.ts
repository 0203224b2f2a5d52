/**
 * Release quality: the store zips for Chrome and Firefox exist (scripts/run-tests.mjs makes
 * them with the release build, scripts/release/build.mjs), and Mozilla's linter finds nothing
 * in the Firefox build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.output');

describe('release', () => {
  it('has a zip for Chrome and for Firefox', () => {
    const zips = readdirSync(join(OUT, 'release')).filter((f) => f.endsWith('.zip'));
    expect(zips.some((z) => /chrome\.zip$/.test(z))).toBe(true);
    expect(zips.some((z) => /firefox\.zip$/.test(z))).toBe(true);
  });

  it('passes web-ext lint with no errors, warnings or notices, and installs on Firefox ESR 140', { timeout: 120_000 }, () => {
    expect(existsSync(join(OUT, 'firefox-mv2/manifest.json'))).toBe(true);
    const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', join(OUT, 'firefox-mv2'), '--output', 'json'], { encoding: 'utf8', cwd: ROOT });
    const report = JSON.parse(lint.stdout) as { summary: { errors: number; warnings: number; notices: number }; errors: { message: string }[]; warnings: { message: string }[]; notices: { message: string }[] };
    expect([...report.errors, ...report.warnings, ...report.notices].map((m) => m.message)).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, notices: 0 });
    // Managed school desktops run Firefox ESR; 140 is the oldest still supported.
    const manifest = JSON.parse(readFileSync(join(OUT, 'firefox-mv2/manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { strict_min_version: string } } };
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
  });
});
