/**
 * How tabs and the options page use the pupil links: by asking the background, their one
 * writer (lib/privacy/link-store.ts). A request without an answer (the service worker was
 * stopped before it wrote) is sent again; the background's merges make that harmless.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { LinkSchema, type Link, type LinkChange } from './link-format';
import { pupilKey, schemeOneKey } from './pupil-key';

const ATTEMPTS = 8;
/** A request the background has not answered in this time is sent again: a worker stopped at
 * the wrong moment can leave a message with neither an answer nor an error. */
const ATTEMPT_MS = 4000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer in time')), ATTEMPT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** True when this content script belongs to an extension that was reloaded or removed. */
function contextGone(error: unknown): boolean {
  return /context invalidated|extension context/i.test(String((error as Error)?.message ?? error));
}

/** Sends `message` until the background answers in `shape`; gives up after ATTEMPTS. */
async function ask<T>(message: unknown, shape: z.ZodMiniType<T>): Promise<T> {
  let lastError: unknown = new Error('no answer');
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      const parsed = shape.safeParse(await withTimeout(browser.runtime.sendMessage(message)));
      if (parsed.success) return parsed.data;
      lastError = new Error('unexpected answer');
    } catch (error) {
      if (contextGone(error)) throw error;
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, Math.min(2000, 50 * 2 ** attempt)));
  }
  throw lastError;
}

const SaltReply = z.object({ salt: z.nullable(z.string()) });
const LinkReply = z.object({ link: z.nullable(LinkSchema) });
const OkReply = z.object({ ok: z.boolean() });
export const LinkStatusSchema = z.object({ count: z.number(), unreadable: z.number(), newerFormat: z.boolean() });
export type LinkStatus = z.infer<typeof LinkStatusSchema>;

let salt: Promise<string | null> | null = null;
const keys = new Map<string, Promise<string | null>>();

/** The installation's salt, asked once per page (null: stored by a newer version, unusable). */
function saltOnce(): Promise<string | null> {
  salt ??= ask({ type: 'links-salt' }, SaltReply).then((r) => r.salt);
  salt.catch(() => (salt = null));
  return salt;
}

/** The pupil's salted key, computed in this page; null when no salt can be had. */
export function keyFor(name: string, birth: string): Promise<string | null> {
  const id = `${name}|${birth}`;
  let key = keys.get(id);
  if (!key) {
    key = saltOnce().then((s) => (s ? pupilKey(s, name, birth) : null));
    keys.set(id, key);
    key.catch(() => keys.delete(id));
  }
  return key;
}

export async function getLink(key: string, formerKey?: string | null): Promise<Link | undefined> {
  return (await ask({ type: 'links-get', key, ...(formerKey ? { formerKey } : {}) }, LinkReply)).link ?? undefined;
}

/**
 * The pupil's key and link. A link stored under the key this pupil had before the key scheme
 * changed (lib/privacy/pupil-key.ts) is moved to the new key by the background on the way.
 */
export async function linkFor(name: string, birth: string): Promise<{ key: string; link: Link | undefined } | null> {
  const key = await keyFor(name, birth);
  const s = await saltOnce();
  if (!key || !s) return null;
  const former = await schemeOneKey(s, name, birth);
  return { key, link: await getLink(key, former) };
}

/** Resolves once the change is on disk; retried until then. */
export async function updateLink(key: string, change: Omit<LinkChange, 'at'>): Promise<boolean> {
  return (await ask({ type: 'links-update', key, change: { ...change, at: Date.now() } }, OkReply)).ok;
}

export function linkStatus(): Promise<LinkStatus> {
  return ask({ type: 'links-status' }, LinkStatusSchema);
}

/** "Alle gegevens wissen": links, salt and every other thing OPP-wijzer stored. */
export async function wipeAll(): Promise<void> {
  await ask({ type: 'wipe-all' }, OkReply);
}
