/**
 * The stored format of the pupil links, and the pure rules that change it. Only the
 * background writes it (lib/privacy/link-store.ts); this file has no browser API, so the
 * migration and merge rules are tested in Node.
 *
 * Format 4 (since 2026-12-03): the entries of format 3, which may now also hold two flags with
 * their read times: `basis` (Topdossier's list last showed the pupil at basisondersteuning) and
 * `medical` (the OPP's onderwijstijdverkorting gives a medical reason). The update only writes
 * the record's new version: an older OPP-wijzer (after a downgrade) then leaves the entries alone
 * instead of dropping the flags it does not know.
 * Format 3 (2026-12-02): one storage key per pupil, `pupilLink:<salted key>` → Link, and
 * a small record `pupilLinks` = { version: 3, salt }. Reading or changing one pupil touches
 * only that pupil's entry, however many pupils a school has (5,000 is 1.4 MB in all). The
 * keys are made from the canonical name (lib/privacy/pupil-key.ts, scheme 2).
 * Format 2 (2026-11-29) had the same entries, their keys made by scheme 1, which wrote some
 * names differently (hyphens, apostrophes): such an entry is moved to its scheme-2 key the
 * first time its pupil is seen again (`moveEntry`), and expires like any other otherwise.
 * Format 1 (before 2026-11-29) kept `salt` and one map `links` as two top-level keys.
 *
 * Every change merges per field so that changes from several tabs give the same link in
 * any order, and applying one twice changes nothing (a retried message is harmless):
 * "has an OPP" flags only ever turn on; the OPP start date and the arrangement periods are
 * the newest reading, by the time the tab read them (not by when the message arrived).
 */
import { isoDaysBefore } from '../dates';
import * as z from 'zod/mini';
import { LINK_ENTRY_PREFIX, LINKS_RECORD_KEY, LINKS_V1_KEYS } from '../storage-keys';

export const FORMAT_VERSION = 4;
/** The record with the format version and the salt. */
export const STORE_KEY = LINKS_RECORD_KEY;
/** Each pupil's entry: this prefix and the salted key. */
export const ENTRY_PREFIX = LINK_ENTRY_PREFIX;
export const entryKey = (key: string) => `${ENTRY_PREFIX}${key}`;
/** Format 1's keys, removed after migration. */
export const V1_KEYS = LINKS_V1_KEYS;
export const LINK_DAYS = 400;

const ISO = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const KEY = /^[0-9a-f]{64}$/;
const SALT = /^[0-9a-f]{32}$/;
export const PeriodSchema = z.object({ begin: ISO, end: z.nullable(ISO) });
/** What the badge said when the user closed it: OPP-wijzer's own check ids and statuses, never page text. */
const BadgeStateSchema = z.record(z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]{0,40}$/)), z.enum(['pass', 'fail', 'review', 'n/a']));

export const LinkSchema = z.object({
  /** An OPP page of this pupil was read in Topdossier (its start date may be unreadable). */
  oppSeen: z.optional(z.literal(true)),
  /** The OPP's start date as Topdossier showed it, and when (ms) that was read. */
  oppStart: z.optional(ISO),
  oppStartAt: z.optional(z.number()),
  /** The user said "Deze leerling heeft een OPP". */
  userSaysOpp: z.optional(z.literal(true)),
  /**
   * Topdossier's list of dossiers showed an OPP for this pupil. Under a key made without a
   * birth date (the list showed none), it says only that a pupil of this name has one.
   */
  oppListed: z.optional(z.literal(true)),
  /** Arrangement periods last seen on Passend onderwijs, and when (ms) they were read. */
  periods: z.optional(z.array(PeriodSchema)),
  periodsAt: z.optional(z.number()),
  /** Topdossier's list last showed the pupil at basisondersteuning (level 1-3), and when (ms) that was read. */
  basis: z.optional(z.literal(true)),
  basisAt: z.optional(z.number()),
  /** The OPP's onderwijstijdverkorting gives a medical reason (lib/judge/otv-medical.ts), and when (ms) that was read. */
  medical: z.optional(z.enum(['medisch', 'gemengd'])),
  medicalAt: z.optional(z.number()),
  /** The user closed this pupil's badge (✕) while it said this, and when (ms): it stays away until it has worse to say. */
  badgeClosed: z.optional(BadgeStateSchema),
  badgeClosedAt: z.optional(z.number()),
  /** Last seen; the link expires LINK_DAYS after. */
  seen: ISO,
});
export type Link = z.infer<typeof LinkSchema>;

/** Whether a link says the pupil has an OPP, in any of the ways OPP-wijzer learns it. */
export const hasKnownOpp = (link: Link | undefined): boolean => !!(link && (link.oppSeen || link.oppStart || link.oppListed || link.userSaysOpp));

/** What a tab learned about one pupil: one message, one merge. */
export const LinkChangeSchema = z.object({
  /** When the tab read it (ms since 1970): the newer reading wins, whatever arrives first. */
  at: z.number(),
  oppSeen: z.optional(z.literal(true)),
  oppStart: z.optional(ISO),
  userSaysOpp: z.optional(z.literal(true)),
  oppListed: z.optional(z.literal(true)),
  periods: z.optional(z.array(PeriodSchema)),
  /** The level a list showed: true at basisondersteuning, false at extra ondersteuning. Only kept for a pupil already linked. */
  basis: z.optional(z.boolean()),
  /** What the OPP says of a medical reason; null: none (any earlier one is forgotten). */
  medical: z.optional(z.nullable(z.enum(['medisch', 'gemengd']))),
  /** The user closed this pupil's badge while it said this. */
  badgeClosed: z.optional(BadgeStateSchema),
});
export type LinkChange = z.infer<typeof LinkChangeSchema>;

export interface LinkState {
  salt: string | null;
  /** The readable links among the entries read. */
  links: Record<string, Link>;
  /** Entries that did not validate: left as they were (nothing is lost), never used. */
  unreadable: Record<string, unknown>;
}

export type Loaded =
  /** `migrated`: from format 1, every entry is to be written; `oldRecord`: the record is of format 2. */
  | { kind: 'ok'; state: LinkState; migrated: boolean; oldRecord?: true }
  /** Written by a newer OPP-wijzer (after a downgrade): left untouched, not used. */
  | { kind: 'newer'; version: number };

/**
 * Reads what storage holds (the record and whichever entries were asked for), in any
 * format this or an older version wrote.
 */
export function loadFormat(stored: Record<string, unknown>): Loaded {
  const current = stored[STORE_KEY];
  if (current && typeof current === 'object') {
    const record = current as { version?: unknown; salt?: unknown };
    const version = typeof record.version === 'number' ? record.version : 0;
    if (version > FORMAT_VERSION) return { kind: 'newer', version };
    const entries = Object.fromEntries(Object.entries(stored).filter(([k]) => k.startsWith(ENTRY_PREFIX)).map(([k, v]) => [k.slice(ENTRY_PREFIX.length), v]));
    return { kind: 'ok', state: fromEntries(record.salt, entries), migrated: false, ...(version < FORMAT_VERSION ? { oldRecord: true as const } : {}) };
  }
  if (stored.links !== undefined || stored.salt !== undefined) {
    // Format 1: the same salt, so every key made before the update still matches.
    return { kind: 'ok', state: fromEntries(stored.salt, stored.links, fromV1), migrated: true };
  }
  return { kind: 'ok', state: { salt: null, links: {}, unreadable: {} }, migrated: false };
}

/** Format 1 had no read times and no "OPP seen" flag: a start date meant an OPP was seen. */
function fromV1(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const v = value as Record<string, unknown>;
  return {
    ...v,
    ...(v.oppStart !== undefined ? { oppSeen: true, oppStartAt: 0 } : {}),
    ...(v.periods !== undefined ? { periodsAt: 0 } : {}),
  };
}

function fromEntries(salt: unknown, links: unknown, upgrade: (v: unknown) => unknown = (v) => v): LinkState {
  const state: LinkState = { salt: typeof salt === 'string' && SALT.test(salt) ? salt : null, links: {}, unreadable: {} };
  if (!links || typeof links !== 'object') return state;
  for (const [key, value] of Object.entries(links as Record<string, unknown>)) {
    const link = LinkSchema.safeParse(upgrade(value));
    if (KEY.test(key) && link.success) state.links[key] = link.data;
    else state.unreadable[key] = value;
  }
  return state;
}

/** What to write: the record, and the entries of `keys` (all readable links when not given). */
export function toStored(state: LinkState, keys: Iterable<string> = Object.keys(state.links)): Record<string, unknown> {
  const out: Record<string, unknown> = { [STORE_KEY]: { version: FORMAT_VERSION, salt: state.salt } };
  for (const key of keys) if (state.links[key]) out[entryKey(key)] = state.links[key];
  return out;
}

const newer = (at: number, value: unknown, thenAt: number | undefined, then: unknown) =>
  thenAt === undefined || at > thenAt || (at === thenAt && JSON.stringify(value) > JSON.stringify(then));

/** Merges one change into a pupil's link (pure: order-free and idempotent, see the top). */
export function applyChange(link: Link | undefined, change: LinkChange, today: string): Link {
  const next: Link = { ...link, seen: link && link.seen > today ? link.seen : today };
  if (change.oppSeen || change.oppStart) next.oppSeen = true;
  if (change.userSaysOpp) next.userSaysOpp = true;
  if (change.oppListed) next.oppListed = true;
  if (change.oppStart && newer(change.at, change.oppStart, link?.oppStartAt, link?.oppStart)) {
    next.oppStart = change.oppStart;
    next.oppStartAt = change.at;
  }
  if (change.periods && newer(change.at, change.periods, link?.periodsAt, link?.periods)) {
    next.periods = change.periods;
    next.periodsAt = change.at;
  }
  // A level or reason read later wins over one read earlier, whichever message arrives first.
  if (change.basis !== undefined && newer(change.at, change.basis, link?.basisAt, link?.basis ?? false)) setFlag(next, 'basis', change.basis || undefined, change.at);
  if (change.medical !== undefined && newer(change.at, change.medical, link?.medicalAt, link?.medical ?? null)) setFlag(next, 'medical', change.medical ?? undefined, change.at);
  if (change.badgeClosed && newer(change.at, change.badgeClosed, link?.badgeClosedAt, link?.badgeClosed)) {
    next.badgeClosed = change.badgeClosed;
    next.badgeClosedAt = change.at;
  }
  return next;
}

/** Sets or clears a flag with its read time; a cleared flag keeps its time, so an older reading cannot bring it back. */
function setFlag<K extends 'basis' | 'medical'>(link: Link, key: K, value: Link[K], at: number): void {
  if (value === undefined) delete link[key];
  else link[key] = value;
  link[`${key}At`] = at;
}

/** A change that only says a level, for a pupil not linked yet: kept nowhere (nothing else to tell of them). */
export function addsNothing(link: Link | undefined, change: LinkChange): boolean {
  return !link && !change.oppSeen && !change.oppStart && !change.userSaysOpp && !change.oppListed && !change.periods && !change.medical && !change.badgeClosed;
}

/**
 * Two entries of one pupil made one (a scheme-1 entry met again under its scheme-2 key): the
 * flags of both, the newer reading of each date, the later `seen`. Order-free, like applyChange.
 */
export function mergeLinks(a: Link, b: Link): Link {
  const next: Link = { ...a, seen: a.seen > b.seen ? a.seen : b.seen };
  for (const flag of ['oppSeen', 'userSaysOpp', 'oppListed'] as const) if (b[flag]) next[flag] = true;
  if (b.oppStart && newer(b.oppStartAt ?? 0, b.oppStart, a.oppStartAt, a.oppStart)) {
    next.oppStart = b.oppStart;
    next.oppStartAt = b.oppStartAt ?? 0;
    next.oppSeen = true;
  }
  if (b.periods && newer(b.periodsAt ?? 0, b.periods, a.periodsAt, a.periods)) {
    next.periods = b.periods;
    next.periodsAt = b.periodsAt ?? 0;
  }
  if (b.basisAt !== undefined && newer(b.basisAt, b.basis ?? false, a.basisAt, a.basis ?? false)) setFlag(next, 'basis', b.basis, b.basisAt);
  if (b.medicalAt !== undefined && newer(b.medicalAt, b.medical ?? null, a.medicalAt, a.medical ?? null)) setFlag(next, 'medical', b.medical, b.medicalAt);
  if (b.badgeClosed && newer(b.badgeClosedAt ?? 0, b.badgeClosed, a.badgeClosedAt, a.badgeClosed)) {
    next.badgeClosed = b.badgeClosed;
    next.badgeClosedAt = b.badgeClosedAt ?? 0;
  }
  return next;
}

/**
 * Moves the entry under `from` (the pupil's scheme-1 key) to `to`, merged with what `to`
 * holds. Returns whether anything moved.
 */
export function moveEntry(state: LinkState, from: string, to: string): boolean {
  const old = state.links[from];
  if (!old || from === to) return false;
  const current = state.links[to];
  state.links[to] = current ? mergeLinks(current, old) : old;
  delete state.links[from];
  return true;
}

export function addDays(iso: string, days: number): string {
  return isoDaysBefore(iso, -days);
}

export function isExpired(link: Link, today: string): boolean {
  return addDays(link.seen, LINK_DAYS) < today;
}

/** The keys of links not seen for LINK_DAYS. */
export function expiredKeys(state: LinkState, today: string): string[] {
  return Object.entries(state.links).filter(([, link]) => isExpired(link, today)).map(([key]) => key);
}
