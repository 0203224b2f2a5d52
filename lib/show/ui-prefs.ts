/**
 * The sidebar's own state (open or folded, which side), remembered across page loads.
 * Only these two settings are stored: nothing of the page. Stored with a format version: a
 * record without one (before version 1) is read as version 1; a newer record, written by a newer
 * OPP-wijzer, is read for what this one knows and never overwritten by it.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { SIDEBAR_PREFS_KEY } from '../storage-keys';

export const PREFS_VERSION = 1;
export const UiPrefsSchema = z.object({ open: z.boolean(), side: z.enum(['left', 'right']) });
export type UiPrefs = z.infer<typeof UiPrefsSchema>;
const StoredSchema = z.object({ version: z.optional(z.number()), open: z.boolean(), side: z.enum(['left', 'right']) });

/** Default: open, on the right. */
export const DEFAULT_PREFS: UiPrefs = { open: true, side: 'right' };
const KEY = SIDEBAR_PREFS_KEY;

/** What a stored record says, in this version's terms (defaults when it says nothing readable). */
export function prefsOf(stored: unknown): UiPrefs {
  const parsed = StoredSchema.safeParse(stored);
  return parsed.success ? { open: parsed.data.open, side: parsed.data.side } : DEFAULT_PREFS;
}

/** Whether this version may write over `stored`: not over a newer format it does not know. */
export function mayOverwrite(stored: unknown): boolean {
  const version = (stored as { version?: unknown } | null | undefined)?.version;
  return typeof version !== 'number' || version <= PREFS_VERSION;
}

export async function loadPrefs(): Promise<UiPrefs> {
  try {
    return prefsOf((await browser.storage.local.get(KEY))[KEY]);
  } catch {
    return DEFAULT_PREFS;
  }
}

export async function savePrefs(prefs: UiPrefs): Promise<void> {
  try {
    if (!mayOverwrite((await browser.storage.local.get(KEY))[KEY])) return;
    await browser.storage.local.set({ [KEY]: { version: PREFS_VERSION, ...prefs } });
  } catch {
    // Not remembered: the sidebar still works, in its default state next time.
  }
}
