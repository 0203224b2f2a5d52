/**
 * Build time: content scripts use the browser's own promise-based extension APIs, which
 * both Chrome's Manifest V3 and Firefox have for everything a content script calls
 * (runtime.sendMessage, storage, runtime.onMessage with sendResponse). The polyfill
 * (@wxt-dev/webextension-polyfill) stays in the background and the extension pages, where it
 * lets message listeners answer with a promise. This keeps 2.6 KB gzip out of each content
 * script, which is loaded on every page of the two apps (README, "Snelheid").
 */
import { createRequire } from 'node:module';
import type { InlineConfig } from 'vite';

export const WXT_BROWSER = createRequire(import.meta.url).resolve('wxt/browser');

export function nativeBrowserInContentScripts(entrypoints: readonly { type: string }[], config: InlineConfig): void {
  if (!entrypoints.length || !entrypoints.every((e) => e.type === 'content-script')) return;
  const alias = config.resolve?.alias;
  const native = { find: 'wxt/browser', replacement: WXT_BROWSER };
  config.resolve ??= {};
  if (Array.isArray(alias)) config.resolve.alias = [native, ...alias.filter((a) => a.find !== 'wxt/browser')];
  else config.resolve.alias = [native, ...Object.entries(alias ?? {}).filter(([find]) => find !== 'wxt/browser').map(([find, replacement]) => ({ find, replacement }))];
}
