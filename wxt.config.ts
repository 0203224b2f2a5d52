import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { preactWithoutHtml } from './lib/build/preact-no-html';
import { contentDataId } from './lib/build/content-data-id';
import { nativeBrowserInContentScripts } from './lib/build/native-browser';
import { buildLazyModules, LAZY_DIR } from './lib/build/lazy-modules';

// Host access is exactly the two apps OPP-wijzer reads; nothing else (see README, Privacy).
export const HOST_PERMISSIONS = ['https://*.topdossier.nl/*', 'https://*.parnassys.net/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The release's second build goes elsewhere, to compare its bytes (scripts/release/build.mjs).
  outDir: process.env.OPP_OUT_DIR || '.output',
  hooks: {
    'vite:build:extendConfig': nativeBrowserInContentScripts,
    // What a page needs only when asked (lib/build/lazy-modules.ts), beside the content scripts.
    'build:publicAssets': async (_wxt, files) => {
      files.push(...(await buildLazyModules()));
    },
  },
  // Vite's module-preload polyfill fetches modules; extension pages load them locally anyway,
  // and the bundles must hold no network API (test/release/bundle-scan.test.ts).
  vite: () => ({
    plugins: [preactWithoutHtml(), preact()],
    build: { modulePreload: { polyfill: false }, sourcemap: process.env.OPP_SOURCEMAP === '1' },
    define: { __CONTENT_DATA_ID__: JSON.stringify(contentDataId()) },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage'],
    host_permissions: HOST_PERMISSIONS,
    action: { default_title: '__MSG_extName__' },
    // The lazily imported parts of the content scripts, for the two apps' pages only. The apps
    // can see OPP-wijzer on their pages anyway (its layer is in their DOM); no other site can
    // load these files to learn that it is installed.
    web_accessible_resources: [{ resources: [`${LAZY_DIR}/*.js`], matches: HOST_PERMISSIONS }],
    // Board policy (Chrome/Edge managed storage); Firefox reads policies.json "3rdparty".
    storage: { managed_schema: 'managed-schema.json' },
    browser_specific_settings: {
      // OPP-wijzer collects and sends no data at all (README, Privacy).
      // 140: the oldest ESR that schools run (Debian's main); Android knows the data-collection key from 142.
      gecko: { id: 'opp-wijzer@wijs.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
});
