/** The options page's side of "Nieuw in deze versie": what to show, and telling the background it was shown. */
import { browser } from 'wxt/browser';
import type { MessageKey } from '../i18n';
import { WHATS_NEW_KEY } from '../storage-keys';
import { newsToShow } from './whats-new-format';

export async function pendingNews(): Promise<readonly MessageKey[]> {
  const stored = await browser.storage.local.get(WHATS_NEW_KEY);
  return newsToShow(stored[WHATS_NEW_KEY], browser.runtime.getManifest().version);
}

export async function newsShown(): Promise<void> {
  await browser.runtime.sendMessage({ type: 'whats-new-seen' });
}
