import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterInstalled, NEWS, newsToShow, seenRecord } from './whats-new-format';

const ROOT = resolve(import.meta.dirname, '../..');
const [withNews] = Object.keys(NEWS);

describe('Nieuw in deze versie', () => {
  it('is pending after an update to a version that has news, and only then', () => {
    expect(afterInstalled('update', '0.0.9', withNews!)).toEqual({ version: 1, pending: withNews });
    expect(afterInstalled('install', undefined, withNews!)).toBeNull();
    expect(afterInstalled('update', withNews!, withNews!)).toBeNull();
    expect(afterInstalled('update', '0.0.9', '98.7.6')).toBeNull();
    expect(afterInstalled('browser_update', '0.0.9', withNews!)).toBeNull();
  });

  it('is shown for the running version, once: after it is marked seen, nothing', () => {
    const pending = afterInstalled('update', '0.0.9', withNews!);
    expect(newsToShow(pending, withNews!)).toEqual(NEWS[withNews!]);
    expect(newsToShow(seenRecord(), withNews!)).toEqual([]);
    // Pending for an older version and never opened: not shown for the next one.
    expect(newsToShow(pending, '98.7.6')).toEqual([]);
    expect(newsToShow(undefined, withNews!)).toEqual([]);
    expect(newsToShow({ version: 2, pending: withNews }, withNews!)).toEqual([]);
  });

  it('has a CHANGELOG.md section for every version with news', () => {
    const changelog = readFileSync(resolve(ROOT, 'CHANGELOG.md'), 'utf8');
    for (const version of Object.keys(NEWS)) expect(changelog).toMatch(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm'));
  });
});
