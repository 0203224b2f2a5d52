/**
 * The one writer of "Nieuw in deze versie" (whats-new-format.ts): runs in the background
 * only. The options page reads the record and asks the background to mark it seen.
 */
import { browser } from 'wxt/browser';
import { WHATS_NEW_KEY } from '../storage-keys';
import { afterInstalled, seenRecord } from './whats-new-format';

/** runtime.onInstalled: after an update to a version with news, the options page shows it once. */
export async function noteInstalled(reason: string, previousVersion: string | undefined): Promise<void> {
  const record = afterInstalled(reason, previousVersion, browser.runtime.getManifest().version);
  if (record) await browser.storage.local.set({ [WHATS_NEW_KEY]: record });
}

export async function markNewsSeen(): Promise<void> {
  await browser.storage.local.set({ [WHATS_NEW_KEY]: seenRecord() });
}
