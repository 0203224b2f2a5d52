/**
 * The one writer of the salt and the pupil links: runs in the background only. Tabs ask
 * it by message (lib/privacy/link-client.ts), so no two tabs ever read, change and write
 * the map over each other.
 *
 * Requests are queued and applied in order; those that arrive while a write is under way
 * are applied together in the next one (one read, one write per batch), and a batch reads
 * and writes only the pupils it touches (lib/privacy/link-format.ts, format 2). A request is
 * answered only after its batch is on disk: if the service worker is stopped before that,
 * the tab gets no answer and sends it again, which is harmless (link-format.ts merges are
 * idempotent).
 */
import { browser } from 'wxt/browser';
import { todayIso } from '../dates';
import { newSalt } from './pupil-key';
import { addsNothing, applyChange, entryKey, expiredKeys, isExpired, loadFormat, moveEntry, toStored, type Link, type LinkChange, type LinkState } from './link-format';
import { LINKS_RECORD_KEY as STORE_KEY, LINKS_V1_KEYS as V1_KEYS } from '../storage-keys';

export interface LinkStatus {
  count: number;
  unreadable: number;
  /** Written by a newer version of OPP-wijzer: left as it is, not used. */
  newerFormat: boolean;
}

/** What an operation did: its answer, the pupils whose links it changed, whether the salt is new. */
interface Outcome {
  result: unknown;
  changed?: string[];
  /** Entries to take away (a scheme-1 entry moved to its new key). */
  removed?: string[];
  salt?: boolean;
}
type Op = (state: LinkState) => Outcome;
interface Pending {
  /** A change or a read, batched with its neighbours; or `alone`, run between batches. */
  op?: Op;
  /** The pupils it reads or changes; `all`: every pupil (the options page's count). */
  keys?: string[];
  all?: boolean;
  alone?: () => Promise<void>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface LinkStore {
  salt(): Promise<string | null>;
  /**
   * The pupil's link. `formerKey`: the key the same pupil had under scheme 1 (lib/privacy/
   * pupil-key.ts), when it differs: an entry found there is moved to `key` first.
   */
  get(key: string, today: string, formerKey?: string): Promise<Link | null>;
  update(key: string, change: LinkChange, today: string): Promise<boolean>;
  /** Counts every link, and removes the expired ones. */
  status(today: string): Promise<LinkStatus>;
  /** Runs `wipe` in turn with the writes, so none lands after it. */
  wipe(wipe: () => Promise<void>): Promise<void>;
}

export function linkStore(storage = browser.storage.local): LinkStore {
  const queue: Pending[] = [];
  let draining = false;

  const drain = async () => {
    if (draining) return;
    draining = true;
    try {
      while (queue.length) {
        const first = queue[0]!;
        if (first.alone) {
          queue.shift();
          await first.alone().then(first.resolve, first.reject);
          continue;
        }
        const end = queue.findIndex((p) => p.alone);
        const batch = queue.splice(0, end < 0 ? queue.length : end);
        try {
          await runBatch(batch);
        } catch (error) {
          for (const p of batch) p.reject(error);
        }
      }
    } finally {
      draining = false;
    }
  };

  /** Reads only what the batch needs: the record, format 1's keys, and the pupils it touches. */
  const read = async (batch: Pending[]): Promise<Record<string, unknown>> => {
    if (batch.some((p) => p.all)) return storage.get(null);
    const keys = new Set(batch.flatMap((p) => p.keys ?? []).map(entryKey));
    return storage.get([STORE_KEY, ...V1_KEYS, ...keys]);
  };

  const runBatch = async (batch: Pending[]) => {
    const stored = await read(batch);
    const loaded = loadFormat(stored);
    if (loaded.kind === 'newer') {
      // Never overwrite what a newer version wrote: answer as if nothing were stored.
      for (const p of batch) p.resolve(NEWER);
      return;
    }
    const { state, migrated } = loaded;
    const changed = new Set<string>(migrated ? Object.keys(state.links) : []);
    const removed = new Set<string>();
    let record = migrated || loaded.oldRecord === true;
    const results = batch.map((p) => {
      const outcome = p.op!(state);
      for (const key of outcome.changed ?? []) changed.add(key);
      for (const key of outcome.removed ?? []) removed.add(key);
      record ||= outcome.salt === true;
      return outcome.result;
    });
    const expired = expiredKeys(state, todayIso());
    if (changed.size || record) {
      const entries = toStored(state, [...changed].filter((k) => !expired.includes(k)));
      // Format 1's unreadable entries move along as they were: nothing is lost.
      if (migrated) for (const [key, value] of Object.entries(state.unreadable)) entries[entryKey(key)] = value;
      await storage.set(entries);
    }
    const gone = [...new Set([...expired, ...[...removed].filter((k) => !state.links[k])])];
    if (gone.length) await storage.remove(gone.map(entryKey));
    // Format 1's keys go only once format 2 is on disk (a stop in between migrates again).
    if (V1_KEYS.some((k) => stored[k] !== undefined) && (record || stored[STORE_KEY])) await storage.remove([...V1_KEYS]);
    batch.forEach((p, i) => p.resolve(results[i]));
  };

  const run = <T>(op: Op, keys: string[] = [], all = false): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      queue.push({ op, keys, all, resolve: resolve as (v: unknown) => void, reject });
      void drain();
    });

  return {
    async salt() {
      const answer = await run<string | null | typeof NEWER>((state) => {
        if (state.salt) return { result: state.salt };
        state.salt = newSalt();
        return { result: state.salt, salt: true };
      });
      return answer === NEWER ? null : answer;
    },
    async get(key, day, formerKey) {
      const answer = await run<Link | null | typeof NEWER>((state) => {
        const moved = formerKey !== undefined && moveEntry(state, formerKey, key);
        const link = state.links[key];
        const result = link && !isExpired(link, day) ? link : null;
        return moved ? { result, changed: [key], removed: [formerKey] } : { result };
      }, formerKey ? [key, formerKey] : [key]);
      return answer === NEWER ? null : answer;
    },
    async update(key, change, day) {
      const answer = await run<boolean | typeof NEWER>((state) => {
        if (addsNothing(state.links[key], change)) return { result: true, changed: [] };
        const before = JSON.stringify(state.links[key] ?? null);
        state.links[key] = applyChange(state.links[key], change, day);
        return { result: true, changed: JSON.stringify(state.links[key]) !== before ? [key] : [] };
      }, [key]);
      return answer === true;
    },
    async status(day) {
      const answer = await run<LinkStatus | typeof NEWER>(
        (state) => ({
          result: {
            count: Object.values(state.links).filter((l) => !isExpired(l, day)).length,
            unreadable: Object.keys(state.unreadable).length,
            newerFormat: false,
          },
        }),
        [],
        true,
      );
      return answer === NEWER ? { count: 0, unreadable: 0, newerFormat: true } : answer;
    },
    async wipe(wipe) {
      // In turn with the writes: what was queued before lands first, nothing after lands before.
      await new Promise<void>((resolve, reject) => {
        queue.push({ alone: wipe, resolve: () => resolve(), reject });
        void drain();
      });
    },
  };
}

const NEWER = Symbol('newer format');
