/**
 * The reader owns the page (issue #24): only lib/read walks the page's document. The check
 * reads through its readers; the display, the guides and "Wijs het aan" reach the page through
 * the page session (lib/read/page-session.ts) and the readers beside it. This test fails when
 * any other file of the extension uses a DOM-walking API.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

/** The extension's code (cli/ reads saved files in Node, not a live page). */
const DIRS = ['lib', 'components', 'entrypoints'];

/** APIs that walk or watch a document. */
const WALKING: [name: string, pattern: RegExp][] = [
  // Creating our own elements for our own UI (a layer's host, its style, a live region, a
  // download link) reads nothing of the page: allowed everywhere. Anything else of `document.` is not.
  ['document.', /\bdocument\.(?!createElement\()/],
  ['querySelector', /\bquerySelector(All)?\b/],
  ['TreeWalker', /\b(createTreeWalker|TreeWalker)\b/],
  ['elementsFromPoint', /\belements?FromPoint\b/],
  ['MutationObserver', /\bMutationObserver\b/],
  ['getElementsBy…', /\bgetElements?By\w+/],
];

/** Files outside lib/read that may, and why. Keep this list as small as it can be. */
const EXCEPTIONS: Record<string, string> = {
  // The one file that mounts our layer: it puts the layer's host into the page's <body>, and
  // moves focus to elements of our own shadow root (focus management of our own UI).
  'lib/show/shadow-layer.ts': 'mounts the layer',
  // Extension pages: their document is our own page (the popup, the options, the school-wide
  // report), never a host page; they mount their app into it and move focus inside it.
  'entrypoints/popup/main.tsx': 'extension page',
  'entrypoints/options/main.tsx': 'extension page',
  'entrypoints/rodcontrole/main.tsx': 'extension page',
  // Drawn only on the school-wide report (entrypoints/rodcontrole), an extension page: focus goes back to its own button.
  'components/BoardView.tsx': 'extension page',
};

/** The code without its comments (a comment may name an API it explains). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** The DOM-walking APIs `text` uses. */
function walking(text: string): string[] {
  const source = code(text);
  return WALKING.filter(([, pattern]) => pattern.test(source)).map(([name]) => name);
}

const files = DIRS.flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => `${dir}/${f.replace(/\\/g, '/')}`),
);

describe('the reader owns the page', () => {
  it('finds the APIs it looks for (and not in comments or our own elements)', () => {
    expect(walking("const field = document.querySelector('textarea');")).toEqual(['document.', 'querySelector']);
    expect(walking('const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);')).toEqual(['TreeWalker']);
    expect(walking('for (const el of doc.elementsFromPoint(x, y)) list.push(el);')).toEqual(['elementsFromPoint']);
    expect(walking('new MutationObserver(redraw).observe(body, options);')).toEqual(['MutationObserver']);
    expect(walking("el.getElementsByTagName('*').length")).toEqual(['getElementsBy…']);
    expect(walking("const host = document.createElement('div');\n// document.body is read in lib/read\n/* querySelector */")).toEqual([]);
  });

  it('no file outside lib/read walks the page, but the named exceptions', () => {
    const offenders = files
      .filter((f) => !f.startsWith('lib/read/') && !(f in EXCEPTIONS))
      .map((f) => [f, walking(readFileSync(join(ROOT, f), 'utf8'))] as const)
      .filter(([, apis]) => apis.length > 0)
      .map(([f, apis]) => `${f}: ${apis.join(', ')}`);
    expect(offenders).toEqual([]);
  });

  it('names no exception that is not needed any more', () => {
    const unneeded = Object.keys(EXCEPTIONS).filter((f) => !files.includes(f) || walking(readFileSync(join(ROOT, f), 'utf8')).length === 0);
    expect(unneeded).toEqual([]);
  });
});
