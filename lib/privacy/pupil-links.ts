/**
 * What OPP-wijzer remembers to link a pupil's OPP in Topdossier to their page in
 * ParnasSys: per salted pupil key (lib/privacy/pupil-key.ts) only dates and a yes. No name,
 * no birth date, no page text. Each link expires 400 days after it was last seen; the user
 * can wipe everything ("Alle gegevens wissen").
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { newSalt, pupilKey } from './pupil-key';
import { mirrorPolicy } from '../settings/policy-mirror';

const ISO = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const LinkSchema = z.object({
  /** The OPP's start date as Topdossier showed it. */
  oppStart: z.optional(ISO),
  /** The user said "Deze leerling heeft een OPP". */
  userSaysOpp: z.optional(z.literal(true)),
  /** Arrangement periods seen on Passend onderwijs. */
  periods: z.optional(z.array(z.object({ begin: ISO, end: z.nullable(ISO) }))),
  /** Last seen; the link expires LINK_DAYS after. */
  seen: ISO,
});
export type Link = z.infer<typeof LinkSchema>;

export const LINK_DAYS = 400;
const SALT = 'salt';
const LINKS = 'links';

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}

async function salt(): Promise<string> {
  const stored = (await browser.storage.local.get(SALT))[SALT];
  if (typeof stored === 'string' && /^[0-9a-f]{32}$/.test(stored)) return stored;
  const fresh = newSalt();
  await browser.storage.local.set({ [SALT]: fresh });
  return fresh;
}

/** All links still valid today; expired or malformed ones are dropped. */
export async function loadLinks(today: string): Promise<Record<string, Link>> {
  const raw = (await browser.storage.local.get(LINKS))[LINKS];
  const out: Record<string, Link> = {};
  if (raw && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      const link = LinkSchema.safeParse(value);
      if (/^[0-9a-f]{64}$/.test(key) && link.success && addDays(link.data.seen, LINK_DAYS) >= today) out[key] = link.data;
    }
  }
  return out;
}

export async function keyFor(name: string, birthIso: string): Promise<string> {
  return pupilKey(await salt(), name, birthIso);
}

export async function getLink(key: string, today: string): Promise<Link | undefined> {
  return (await loadLinks(today))[key];
}

/** Merges what was learned about a pupil into their link, and prunes expired links. */
export async function updateLink(key: string, today: string, change: Partial<Omit<Link, 'seen'>>): Promise<void> {
  const links = await loadLinks(today);
  links[key] = LinkSchema.parse({ ...links[key], ...change, seen: today });
  await browser.storage.local.set({ [LINKS]: links });
}

export async function countLinks(today: string): Promise<number> {
  return Object.keys(await loadLinks(today)).length;
}

/** "Alle gegevens wissen": links, salt and every other thing OPP-wijzer stored. */
export async function wipeAll(): Promise<void> {
  await browser.storage.local.clear();
  await browser.storage.session?.clear?.();
  // The board's policy is no user data: mirror it again, so it stays in force.
  await mirrorPolicy();
}
