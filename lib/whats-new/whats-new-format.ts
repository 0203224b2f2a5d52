/**
 * "Nieuw in deze versie": after an update the options page shows, once, what changed. The
 * stored record says which version's news is still to be shown; only the background writes
 * it (whats-new-store.ts). Pure, so the rules are tested in Node.
 *
 * Format 1: `whatsNew` = { version: 1, pending: "0.1.0" | null }.
 */
import * as z from 'zod/mini';
import type { MessageKey } from '../i18n';

export const WHATS_NEW_VERSION = 1;

const RecordSchema = z.object({ version: z.number(), pending: z.nullable(z.string()) });
export type WhatsNewRecord = z.infer<typeof RecordSchema>;

/**
 * The news per version, as message keys (locales/*.ui.json): the lines CHANGELOG.md gives
 * that version, said for the user. A version without news shows nothing.
 */
export const NEWS: Readonly<Record<string, readonly MessageKey[]>> = {
  '0.1.0': ['whatsnew.0-1-0.privacy', 'whatsnew.0-1-0.handleiding', 'whatsnew.0-1-0.news'],
};

/** What to store after runtime.onInstalled: news pending only for an update to another version that has news. */
export function afterInstalled(reason: string, previousVersion: string | undefined, current: string): WhatsNewRecord | null {
  if (reason !== 'update' || !previousVersion || previousVersion === current) return null;
  return NEWS[current]?.length ? { version: WHATS_NEW_VERSION, pending: current } : null;
}

/**
 * The news to show now: only for the version that is running (news of an older version,
 * never opened before the next update, is not shown for the new one). A newer format: nothing.
 */
export function newsToShow(stored: unknown, running: string): readonly MessageKey[] {
  const record = RecordSchema.safeParse(stored);
  if (!record.success || record.data.version > WHATS_NEW_VERSION || record.data.pending !== running) return [];
  return NEWS[running] ?? [];
}

export const seenRecord = (): WhatsNewRecord => ({ version: WHATS_NEW_VERSION, pending: null });
