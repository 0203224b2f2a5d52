/**
 * The one writer of the taught labels: runs in the background only. Pages and the options
 * page ask by message (taught-client.ts). Changes run one after another (a promise chain),
 * so two tabs teaching at once never write over each other; a change is answered only
 * after it is on disk. A record of a newer format is left untouched.
 */
import { browser } from 'wxt/browser';
import { addTaught, loadTaught, removeTaught, toStored, type TaughtLabel } from './taught-format';
import { TAUGHT_KEY } from '../storage-keys';

export interface TaughtStore {
  add(label: TaughtLabel): Promise<boolean>;
  remove(label: string): Promise<boolean>;
}

export function taughtStore(storage = browser.storage.local): TaughtStore {
  let chain: Promise<unknown> = Promise.resolve();
  const change = (apply: (labels: TaughtLabel[]) => TaughtLabel[]): Promise<boolean> => {
    const run = chain.then(async () => {
      const loaded = loadTaught((await storage.get(TAUGHT_KEY))[TAUGHT_KEY]);
      if (loaded.kind === 'newer') return false;
      await storage.set({ [TAUGHT_KEY]: toStored(apply(loaded.labels)) });
      return true;
    });
    chain = run.catch(() => undefined);
    return run;
  };
  return {
    add: (label) => change((labels) => addTaught(labels, label)),
    remove: (label) => change((labels) => removeTaught(labels, label)),
  };
}
