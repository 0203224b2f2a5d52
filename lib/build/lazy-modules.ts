/**
 * Build step: the parts of the content scripts a page needs only when the user asks for
 * them ("Wijs het aan", a guide, a page sample for the popup, the list of dossiers) are built as ES modules into
 * `lazy/` and imported from the extension's own package when first used
 * (lib/lazy/load-lazy.ts). A content script is parsed and run on every page of the two apps,
 * on slow school Chromebooks too; these parts are not (README, "Snelheid").
 *
 * They are built by Vite with the content scripts' own plugins and aliases, so they hold the
 * same code as before: Preact without its HTML sink, the browser's own extension API. Shared
 * code (Preact, the i18n tables' code) becomes one chunk of `lazy/`, loaded once.
 */
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build, type Rolldown } from 'vite';
import { preactWithoutHtml } from './preact-no-html';
import { WXT_BROWSER } from './native-browser';
import { contentDataId } from './content-data-id';

/** Module name → its source. lib/lazy/load-lazy.ts imports them by these names. */
export const LAZY_ENTRIES = {
  'point-at': 'lib/lazy/point-at.tsx',
  'page-sample': 'lib/lazy/page-sample.ts',
  guides: 'lib/lazy/guides.ts',
  'dossier-list': 'lib/lazy/dossier-list.tsx',
} as const;

/** The folder of the output they are written to, web-accessible to the two apps only. */
export const LAZY_DIR = 'lazy';

const ROOT = resolve(import.meta.dirname, '../..');

export async function buildLazyModules(): Promise<{ relativeDest: string; contents: string }[]> {
  const output = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [preactWithoutHtml(), preact()],
    resolve: { alias: [{ find: 'wxt/browser', replacement: WXT_BROWSER }] },
    define: { __CONTENT_DATA_ID__: JSON.stringify(contentDataId()) },
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      sourcemap: process.env.OPP_SOURCEMAP === '1' ? 'inline' : false,
      // Not Vite's library mode: it leaves ES modules unminified (to keep them tree-shakeable).
      rolldownOptions: {
        input: Object.fromEntries(Object.entries(LAZY_ENTRIES).map(([name, file]) => [name, resolve(ROOT, file)])),
        preserveEntrySignatures: 'exports-only',
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js' },
      },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  return results.flatMap((r) => r.output).filter((f) => f.type === 'chunk').map((chunk) => ({ relativeDest: `${LAZY_DIR}/${chunk.fileName}`, contents: chunk.code }));
}
