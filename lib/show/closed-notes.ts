/**
 * Notes the user closed (✕), remembered per kind of note: the settings banner on Topdossier's
 * settings page and the note on Topdossier's list of dossiers. The badge beside a pupil's name in
 * ParnasSys is closed per pupil instead (in the pupil's link, lib/privacy/link-format.ts): closing
 * one pupil's warning must not hide another's. The one writer of CLOSED_NOTES_KEY.
 *
 * What is stored for a closed note is only which checks were not in order when it was closed, as
 * the ids of OPP-wijzer's own checks with their status (`{ "settings.2fa": "fail" }`): never
 * text of the page, never a name. That is what lets a closed note come back when it gets worse
 * (a check that was in order fails, a question becomes a fail): closing says "I know this",
 * not "never tell me anything new" (see `comesBack`).
 *
 * Stored with a format version (as lib/show/ui-prefs.ts): a newer record, written by a newer
 * OPP-wijzer, is read for what this one knows and never overwritten. Two tabs may close notes at
 * the same time: every write reads the stored record first, changes only its own kind, and reads
 * again to merge with a write that crossed it (see closeNote).
 * "Alle gegevens wissen" clears all of storage.local, this record with it (entrypoints/background.ts).
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { Status } from '../contract';
import { CLOSED_NOTES_KEY } from '../storage-keys';

export const CLOSED_VERSION = 1;
/** Format 1 also knew 'pupil' (the badge, before it was closed per pupil): such a record is read for the other kinds. */
export const NOTE_KINDS = ['settings', 'dossier-list'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
/** What a note says, as check id → status: `{ "settings.2fa": "fail", "settings.retention": "pass" }`. */
export type NoteState = Record<string, Status>;
export type Closed = Partial<Record<NoteKind, NoteState>>;

/** A check id: OPP-wijzer's own words (`rod.arrangement`), so nothing of a page can be stored as one. */
const CheckId = z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]{0,40}$/));
const StateSchema = z.record(CheckId, z.enum(['pass', 'fail', 'review', 'n/a']));
const StoredSchema = z.object({ version: z.optional(z.number()), closed: z.record(z.string(), z.unknown()) });

/** How bad a status is: a question (nothing known, 'n/a') is more than "in orde", less than "controleren". */
const RANK: Record<Status, number> = { pass: 0, 'n/a': 1, review: 2, fail: 3 };

/** What a stored record says, in this version's terms: the kinds it knows, each readable state. */
export function closedOf(stored: unknown): Closed {
  const parsed = StoredSchema.safeParse(stored);
  if (!parsed.success) return {};
  const closed: Closed = {};
  for (const kind of NOTE_KINDS) {
    const state = StateSchema.safeParse(parsed.data.closed[kind]);
    if (state.success) closed[kind] = state.data;
  }
  return closed;
}

/** Whether this version may write over `stored`: not over a newer format it does not know. */
export function mayOverwrite(stored: unknown): boolean {
  const version = (stored as { version?: unknown } | null | undefined)?.version;
  return typeof version !== 'number' || version <= CLOSED_VERSION;
}

/**
 * Whether a note closed when it said `then` is shown again now that it says `now`: when some check
 * is worse than it was (a new fail, a pass that needs checking). Equal or better stays closed.
 */
export function comesBack(then: NoteState, now: NoteState): boolean {
  return Object.entries(now).some(([check, status]) => RANK[status] > RANK[then[check] ?? 'pass']);
}

/** Whether the note of `kind` saying `now` is hidden, given what is stored. */
export const isClosed = (closed: Closed, kind: NoteKind, now: NoteState): boolean => {
  const then = closed[kind];
  return !!then && !comesBack(then, now);
};

/** `stored` with the note of `kind` closed at `state`: the other kinds, and what a newer version added, kept. */
export function withClosed(stored: unknown, kind: NoteKind, state: NoteState): { version: number; closed: Record<string, unknown> } {
  const parsed = StoredSchema.safeParse(stored);
  const closed = StateSchema.parse(state);
  return { version: CLOSED_VERSION, closed: { ...(parsed.success ? parsed.data.closed : {}), [kind]: closed } };
}

export async function loadClosed(): Promise<Closed> {
  try {
    return closedOf((await browser.storage.local.get(CLOSED_NOTES_KEY))[CLOSED_NOTES_KEY]);
  } catch {
    return {};
  }
}

/** The part of storage.local this module uses (a stand-in in the unit tests). */
export interface ClosedArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const sameState = (a: NoteState | undefined, b: NoteState) => !!a && JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * Remembers that the user closed the note of `kind` while it said `state`. Read, merge, write, and
 * read again: a tab that wrote its own kind in between (from what it read before this write) is
 * merged with on the next round, so two tabs closing two kinds at once both stay closed.
 */
export async function closeNote(kind: NoteKind, state: NoteState, area: ClosedArea = browser.storage.local): Promise<void> {
  try {
    for (let round = 0; round < 3; round++) {
      const stored = (await area.get(CLOSED_NOTES_KEY))[CLOSED_NOTES_KEY];
      if (!mayOverwrite(stored) || sameState(closedOf(stored)[kind], state)) return;
      await area.set({ [CLOSED_NOTES_KEY]: withClosed(stored, kind, state) });
    }
  } catch {
    // Not remembered: closed on this page, shown again on the next.
  }
}

/** Calls `onChange` whenever another tab closes a note or all data is wiped; returns the unsubscribe. */
export function watchClosed(onChange: (closed: Closed) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && CLOSED_NOTES_KEY in changes) onChange(closedOf(changes[CLOSED_NOTES_KEY]!.newValue));
  };
  try {
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  } catch {
    return () => undefined;
  }
}
