/** Asking the background to remember or forget a taught label, and reading what was taught (read-only). */
import { browser } from 'wxt/browser';
import { loadTaught, TAUGHT_KEY, type TaughtLabel, type TaughtLoaded } from './taught-format';

export async function teach(label: Omit<TaughtLabel, 'at'>): Promise<boolean> {
  return (await browser.runtime.sendMessage({ type: 'taught-add', label: { ...label, at: Date.now() } })) === true;
}

export async function forget(label: string): Promise<boolean> {
  return (await browser.runtime.sendMessage({ type: 'taught-remove', label })) === true;
}

export async function taughtLabels(): Promise<TaughtLoaded> {
  return loadTaught((await browser.storage.local.get(TAUGHT_KEY))[TAUGHT_KEY]);
}
