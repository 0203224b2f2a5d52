/**
 * A throwaway extension for a floor measurement: `files` (manifest.json among them) written to
 * a temporary folder, loaded into Chromium with a fresh profile, both removed afterwards.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/e2e/harness';

export async function withTempExtension<T>(files: Record<string, string>, use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'opp-wijzer-floor-'));
  const profile = mkdtempSync(join(tmpdir(), 'opp-wijzer-floor-profile-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  try {
    return await use(context);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
