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

/**
 * A promise made the first time it is asked for, and kept; one that failed (the extension was
 * updated under the page, so its module cannot be loaded) is forgotten, so the next ask tries
 * again. `started` says whether it was asked for at all.
 */
export function kept<T>(make: () => Promise<T>): { get(): Promise<T>; started(): boolean } {
  let promise: Promise<T> | null = null;
  return {
    get() {
      if (promise) return promise;
      const made = make();
      made.catch(() => {
        if (promise === made) promise = null;
      });
      return (promise = made);
    },
    started: () => promise !== null,
  };
}

const modules = new Map<keyof LazyModules, { get(): Promise<unknown> }>();

export function loadLazy<K extends keyof LazyModules>(name: K): Promise<LazyModules[K]> {
  let module = modules.get(name);
  // Spelled `chrome.runtime.getURL` inside the import (Firefox knows `chrome` too): the one
  // form Mozilla's add-on linter accepts as an address from the extension's own package.
  if (!module) modules.set(name, (module = kept(() => import(/* @vite-ignore */ chrome.runtime.getURL(`/lazy/${name}.js`)))));
  return module.get() as Promise<LazyModules[K]>;
}
