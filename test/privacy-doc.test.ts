/**
 * docs/privacy.md is what a school's privacy officer signs off on: it must name every storage
 * key OPP-wijzer writes, and no key that no longer exists. The keys are listed in one module
 * (lib/storage-keys.ts); the source is scanned so that a write with a key from elsewhere fails too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentedName, STORAGE_KEYS } from '../lib/storage-keys';
import * as keys from '../lib/storage-keys';
import { LINK_DAYS } from '../lib/privacy/link-format';
import { MAX_TAUGHT } from '../lib/taught/taught-format';

const ROOT = resolve(import.meta.dirname, '..');
const doc = readFileSync(join(ROOT, 'docs/privacy.md'), 'utf8');

/** The first column of the table under "## Wat OPP-wijzer bewaart": the documented keys and their area. */
function documentedKeys(): { name: string; area: string }[] {
  const section = doc.split(/^## /m).find((s) => s.startsWith('Wat OPP-wijzer bewaart')) ?? '';
  const rows = section.split('\n').filter((l) => /^\| `/.test(l));
  return rows.flatMap((row) => {
    const [first = '', area = ''] = row.split('|').slice(1).map((c) => c.trim());
    return [...first.matchAll(/`([^`]+)`/g)].map((m) => ({ name: m[1]!, area }));
  });
}

const sources = ['lib', 'entrypoints', 'components'].flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') })),
);
/** A write to extension storage: browser.storage.local.set(…), storage.session.set(…), or an injected `storage.set(…)`. */
const WRITE = /\bstorage(?:\.(?:local|session))?\.set\(/;

describe('docs/privacy.md', () => {
  it('names every storage key the code writes, in the right storage area, and no other', () => {
    const documented = documentedKeys();
    const expected = STORAGE_KEYS.map((k) => ({ name: documentedName(k), area: k.area }));
    expect(documented.map((d) => d.name).sort()).toEqual(expected.map((e) => e.name).sort());
    for (const e of expected) expect(documented.find((d) => d.name === e.name)?.area, e.name).toBe(e.area);
  });

  it('gives the link expiry and the limit of taught labels the code uses', () => {
    expect(doc).toContain(`**${LINK_DAYS} dagen**`);
    expect(doc).toContain(`Hooguit ${MAX_TAUGHT} labels`);
  });
});

describe('lib/storage-keys.ts', () => {
  it('is where every file that writes storage takes its keys from', () => {
    const writers = sources.filter((s) => WRITE.test(s.text));
    expect(writers.length).toBeGreaterThan(5);
    const outside = writers.filter((s) => !/from '(?:\.\.\/)+(?:lib\/)?storage-keys'|from '\.\/storage-keys'/.test(s.text)).map((s) => s.file);
    expect(outside).toEqual([]);
  });

  it('has no write with a key written out in the call itself', () => {
    // set({ options: … }) or set({ 'x': … }) would bypass the list; keys are computed: set({ [KEY]: … }).
    const literal = sources.flatMap((s) => [...s.text.matchAll(/\bstorage(?:\.(?:local|session))?\.set\(\{\s*(?!\[)[\w'"]/g)].map(() => s.file));
    expect(literal).toEqual([]);
  });

  it('lists only keys that some writer or reader still uses', () => {
    const names = Object.entries(keys).filter(([name, v]) => name !== 'STORAGE_KEYS' && (typeof v === 'string' || Array.isArray(v))).map(([name]) => name);
    const own = sources.find((s) => s.file === 'lib/storage-keys.ts')!.text;
    const others = sources.filter((s) => s.file !== 'lib/storage-keys.ts');
    const usedOutside = (name: string) => others.some((s) => new RegExp(`\\b${name}\\b`).test(s.text));
    // A prefix is used through the helper beside it (contentDataKey builds `contentData:<taal>`).
    const helpersOf = (name: string) => [...own.matchAll(new RegExp(`export const (\\w+) = \\(.*\\b${name}\\b`, 'g'))].map((m) => m[1]!);
    const unused = names.filter((name) => !usedOutside(name) && !helpersOf(name).some(usedOutside));
    expect(unused).toEqual([]);
  });
});
