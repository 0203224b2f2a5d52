/**
 * Privacy and security, proven on what ships: the built bundles contain no network API and
 * no code from strings; HTML is never set from a string anywhere in our code; the manifest
 * asks for exactly storage and the two apps' domains.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILD = join(ROOT, '.output/chrome-mv3');

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => ending.test(f) && !f.includes('node_modules'))
    .map((f) => join(dir, f));
}

const bundles = files(BUILD, /\.js$/);

describe('the built extension', () => {
  it('has bundles to scan', () => expect(bundles.length).toBeGreaterThanOrEqual(5));

  it.each(['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'importScripts', 'new Function', 'eval('])('contains no %s', (token) => {
    for (const file of bundles) expect(readFileSync(file, 'utf8').includes(token), `${token} in ${file}`).toBe(false);
  });

  it('never sets HTML from a string, not even in Preact (lib/build/preact-no-html.ts)', () => {
    for (const file of bundles) {
      // Setting HTML, in any form. Reading it is no risk: SheetJS, in the ROD-controle page's
      // worker (which has no DOM at all), reads a table element's innerHTML when given one.
      expect(/\.(innerHTML|outerHTML)\s*(\+?=)(?!=)|insertAdjacentHTML|document\.write/.test(readFileSync(file, 'utf8')), file).toBe(false);
    }
  });

  it('asks for exactly storage and the two apps\' domains', () => {
    const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions.sort()).toEqual(['https://*.parnassys.net/*', 'https://*.topdossier.nl/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual(['https://*.parnassys.net/*', 'https://*.topdossier.nl/*']);
    // The lazily loaded parts of the content scripts, for the two apps' pages only (lib/build/lazy-modules.ts).
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['lazy/*.js'], matches: ['https://*.topdossier.nl/*', 'https://*.parnassys.net/*'] }]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
  });
});

describe('code loaded later (lib/lazy/load-lazy.ts)', () => {
  const scripts = files(join(BUILD, 'content-scripts'), /\.js$/);
  const lazy = files(join(BUILD, 'lazy'), /\.js$/);

  it('is loaded by each content script from its own package only', () => {
    expect(scripts.length).toBe(2);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code.match(/\bimport\(/g), file).toHaveLength(1);
      expect(code, file).toMatch(/\bimport\(chrome\.runtime\.getURL\(`\/lazy\/\$\{\w+\}\.js`\)\)/);
    }
  });

  it('imports nothing but its own files beside it', () => {
    expect(lazy.map((f) => f.split('/').pop()).filter((f) => !f!.startsWith('shared-')).sort()).toEqual(['dossier-list.js', 'guides.js', 'page-sample.js', 'point-at.js']);
    for (const file of lazy) {
      const code = readFileSync(file, 'utf8');
      const specifiers = [...code.matchAll(/\b(?:from|import)\s*\(?\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!);
      for (const specifier of specifiers) expect(specifier, file).toMatch(/^\.\/shared-[\w-]+\.js$/);
      expect(/\bimport\(/.test(code), file).toBe(false);
    }
  });
});

describe('our own source', () => {
  // What ships or runs on pages; lib/build is a build step that edits Preact (it names innerHTML).
  const source = ['lib', 'components', 'entrypoints', 'cli']
    .flatMap((d) => files(join(ROOT, d), /\.tsx?$/))
    .filter((f) => !f.includes('.test.') && !f.includes('/lib/build/'));

  it('never renders a string as HTML', () => {
    for (const file of source) {
      const code = readFileSync(file, 'utf8');
      expect(/dangerouslySetInnerHTML|\.innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(code), file).toBe(false);
    }
  });

  it('uses no network API', () => {
    for (const file of source) {
      const code = readFileSync(file, 'utf8');
      expect(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/.test(code), file).toBe(false);
    }
  });
});
