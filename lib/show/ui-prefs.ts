/**
 * The sidebar's own state (open or folded, which side), remembered across page loads.
 * Only these two settings are stored: nothing of the page.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { SIDEBAR_PREFS_KEY } from '../storage-keys';

export const UiPrefsSchema = z.object({ open: z.boolean(), side: z.enum(['left', 'right']) });
export type UiPrefs = z.infer<typeof UiPrefsSchema>;

/** Default: open, on the right. */
export const DEFAULT_PREFS: UiPrefs = { open: true, side: 'right' };
const KEY = SIDEBAR_PREFS_KEY;

export async function loadPrefs(): Promise<UiPrefs> {
  try {
    const stored = await browser.storage.local.get(KEY);
    const parsed = UiPrefsSchema.safeParse(stored[KEY]);
    return parsed.success ? parsed.data : DEFAULT_PREFS;
  } catch {
    return DEFAULT_PREFS;
  }
}

export async function savePrefs(prefs: UiPrefs): Promise<void> {
  await browser.storage.local.set({ [KEY]: prefs }).catch(() => undefined);
}
