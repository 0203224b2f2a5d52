/**
 * Guide progress per tab, kept by the background in session storage: it survives page
 * loads and moves between Topdossier and ParnasSys in the same tab, and is gone when the
 * browser closes. It holds a guide id and a step number, nothing of the page.
 */
import { browser } from 'wxt/browser';
import { GUIDE_PROGRESS_PREFIX } from '../storage-keys';
import { ProgressSchema, type Progress } from './guide-schema';

const key = (tabId: number) => `${GUIDE_PROGRESS_PREFIX}${tabId}`;

export async function getProgress(tabId: number): Promise<Progress | null> {
  const stored = await browser.storage.session.get(key(tabId));
  const parsed = ProgressSchema.safeParse(stored[key(tabId)]);
  return parsed.success ? parsed.data : null;
}

export async function setProgress(tabId: number, progress: Progress | null): Promise<void> {
  if (progress) await browser.storage.session.set({ [key(tabId)]: progress });
  else await browser.storage.session.remove(key(tabId));
}
