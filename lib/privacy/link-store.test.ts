import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: { storage: { local: {} } } }));
const { linkStore } = await import('./link-store');
const { STORE_KEY, entryKey } = await import('./link-format');
const { memoryStorage } = await import('../../test/support/memory-storage');

const key = (i: number) => i.toString(16).padStart(64, '0');
const TODAY = '2026-11-29';

describe('the link store, the one writer', () => {
  it('keeps every pupil when many tabs write at once, in few writes', async () => {
    const storage = memoryStorage();
    const store = linkStore(storage as never);
    await Promise.all(Array.from({ length: 12 }, (_, i) => store.update(key(i), { at: i, oppSeen: true }, TODAY)));
    expect((await store.status(TODAY)).count).toBe(12);
    expect(storage.writes()).toBeLessThan(12);
  });

  it('makes one salt however many tabs ask for it at once', async () => {
    const storage = memoryStorage();
    const store = linkStore(storage as never);
    const salts = await Promise.all(Array.from({ length: 8 }, () => store.salt()));
    expect(new Set(salts).size).toBe(1);
    expect(salts[0]).toMatch(/^[0-9a-f]{32}$/);
    // A new background (the service worker was stopped) finds the same salt.
    expect(await linkStore(storage as never).salt()).toBe(salts[0]);
  });

  it('migrates format 1 on its first change and removes the old keys only after', async () => {
    const storage = memoryStorage({ salt: '0123456789abcdef0123456789abcdef', links: { [key(1)]: { oppStart: '2025-10-01', seen: '2026-11-01' } }, options: { language: 'nl' } });
    const store = linkStore(storage as never);
    expect(await store.salt()).toBe('0123456789abcdef0123456789abcdef');
    expect(storage.data.salt).toBeUndefined();
    expect(storage.data.links).toBeUndefined();
    expect(storage.data.options).toEqual({ language: 'nl' });
    expect(await store.get(key(1), TODAY)).toMatchObject({ oppStart: '2025-10-01', oppSeen: true });
  });

  it('moves a format-2 entry from its scheme-1 key to the new key when the pupil is met again, merged and once', async () => {
    const SALT = '0123456789abcdef0123456789abcdef';
    const storage = memoryStorage({
      [STORE_KEY]: { version: 2, salt: SALT },
      [entryKey(key(1))]: { oppStart: '2025-10-01', oppStartAt: 5, oppSeen: true, seen: '2026-11-01' },
      [entryKey(key(2))]: { periods: [{ begin: '2025-10-01', end: null }], periodsAt: 9, seen: '2026-11-20' },
    });
    const store = linkStore(storage as never);
    // key(1): the scheme-1 key; key(2): the same pupil's new key, already written since the update.
    const link = await store.get(key(2), TODAY, key(1));
    expect(link).toMatchObject({ oppStart: '2025-10-01', oppSeen: true, periods: [{ begin: '2025-10-01', end: null }], seen: '2026-11-20' });
    expect(storage.data[entryKey(key(1))]).toBeUndefined();
    expect((storage.data[STORE_KEY] as { version: number }).version).toBe(4);
    // Asked again, nothing moves twice.
    expect(await store.get(key(2), TODAY, key(1))).toEqual(link);
  });

  it('never writes over a newer format, and says so', async () => {
    const newer = { [STORE_KEY]: { version: 9, future: 'data' } };
    const storage = memoryStorage(newer);
    const store = linkStore(storage as never);
    expect(await store.update(key(1), { at: 1, oppSeen: true }, TODAY)).toBe(false);
    expect(await store.salt()).toBeNull();
    expect(await store.status(TODAY)).toEqual({ count: 0, unreadable: 0, newerFormat: true });
    expect(storage.data).toEqual(newer);
  });

  it('lets nothing queued before a wipe land after it', async () => {
    const storage = memoryStorage();
    const store = linkStore(storage as never);
    const writes = Array.from({ length: 5 }, (_, i) => store.update(key(i), { at: i, oppSeen: true }, TODAY));
    await store.wipe(async () => {
      for (const k of Object.keys(storage.data)) delete storage.data[k];
    });
    await Promise.all(writes);
    expect(storage.data).toEqual({});
  });

  it('reads and writes only the pupil it changes, and keeps a corrupt entry as it was', async () => {
    const corrupt = { oppStart: '1 oktober', seen: '2026-11-01' };
    const storage = memoryStorage({ [STORE_KEY]: { version: 2, salt: '0123456789abcdef0123456789abcdef' }, [entryKey(key(7))]: corrupt });
    const store = linkStore(storage as never);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.update(key(100 + i), { at: i, oppSeen: true }, TODAY)));
    storage.written.length = 0;
    await store.update(key(105), { at: 99, userSaysOpp: true }, TODAY);
    expect(storage.written).toEqual([[STORE_KEY, entryKey(key(105))]]);
    expect(storage.data[entryKey(key(7))]).toEqual(corrupt);
    expect(await store.status(TODAY)).toEqual({ count: 20, unreadable: 1, newerFormat: false });
  });

  it('removes links not seen for 400 days when it counts them', async () => {
    const storage = memoryStorage({ [STORE_KEY]: { version: 2, salt: '0123456789abcdef0123456789abcdef' }, [entryKey(key(1))]: { oppSeen: true, seen: '2025-01-01' }, [entryKey(key(2))]: { oppSeen: true, seen: '2026-11-01' } });
    const store = linkStore(storage as never);
    expect((await store.status(TODAY)).count).toBe(1);
    expect(storage.data[entryKey(key(1))]).toBeUndefined();
    expect(storage.data[entryKey(key(2))]).toBeDefined();
  });

  it('holds a school of 5,000 pupils with periods in under 2 MB', async () => {
    const storage = memoryStorage();
    const store = linkStore(storage as never);
    await Promise.all(
      Array.from({ length: 5000 }, (_, i) =>
        store.update(key(i), { at: Date.now(), oppSeen: true, oppStart: '2025-10-01', userSaysOpp: true, periods: [{ begin: '2024-10-01', end: '2025-07-31' }, { begin: '2025-10-01', end: null }] }, TODAY),
      ),
    );
    const bytes = new TextEncoder().encode(JSON.stringify(storage.data)).length;
    expect((await store.status(TODAY)).count).toBe(5000);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
  });
});
