/**
 * Imports a part of a content script that a page needs only when the user asks for it, from
 * the extension's own package (lib/build/lazy-modules.ts builds them into `lazy/`). Never
 * from anywhere else: the address is always runtime.getURL of one of the names below. The
 * module runs in the content script's own world (not the page's), with its extension API.
 */
/// <reference types="chrome" />

interface LazyModules {
  'point-at': typeof import('./point-at');
  'page-sample': typeof import('./page-sample');
  guides: typeof import('./guides');
  'dossier-list': typeof import('./dossier-list');
}

const loading = new Map<keyof LazyModules, Promise<unknown>>();

export function loadLazy<K extends keyof LazyModules>(name: K): Promise<LazyModules[K]> {
  let module = loading.get(name);
  if (!module) {
    // Spelled `chrome.runtime.getURL` inside the import (Firefox knows `chrome` too): the one
    // form Mozilla's add-on linter accepts as an address from the extension's own package.
    module = import(/* @vite-ignore */ chrome.runtime.getURL(`/lazy/${name}.js`));
    // A failed import (the extension was updated under the page) may be tried again.
    module.catch(() => loading.delete(name));
    loading.set(name, module);
  }
  return module as Promise<LazyModules[K]>;
}
