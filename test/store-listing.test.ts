/**
 * The store listings are made from the locale files (scripts/store/listing.ts): the committed
 * files must be what the locales give now, every text must fit the stores' limits, and every
 * screenshot must be at the stores' size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, t } from '../lib/i18n';
import { LIMITS, listing, ROOT, screenshots } from '../scripts/store/listing';

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe.each(LANGUAGES.map((lang) => [lang] as const))('store listing %s', (lang) => {
  it('is what the locale files give (npx tsx scripts/store/listing.ts)', () => {
    expect(readFileSync(join(ROOT, 'store', `listing.${lang}.md`), 'utf8')).toBe(listing(lang));
  });

  it('fits the stores: the summary and the manifest description', () => {
    expect(t(lang, 'store.summary').length).toBeLessThanOrEqual(LIMITS.chromeSummary);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as { extDescription: { message: string } };
    expect(manifest.extDescription.message.length).toBeLessThanOrEqual(LIMITS.chromeSummary);
  });
});

it('has store screenshots, each 1280×800', () => {
  expect(screenshots().length).toBeGreaterThanOrEqual(3);
  for (const f of screenshots()) expect(pngSize(join(ROOT, 'store/screenshots', f)), f).toEqual([1280, 800]);
});
