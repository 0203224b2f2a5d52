import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: { storage: { local: {} } } }));
const { taughtStore } = await import('./taught-store');
const { TAUGHT_KEY, TAUGHT_VERSION } = await import('./taught-format');
const { memoryStorage } = await import('../../test/support/memory-storage');

describe('the one writer of taught labels', () => {
  it('keeps every label when many are taught at once (as from several tabs)', async () => {
    const storage = memoryStorage();
    const store = taughtStore(storage as never);
    const labels = Array.from({ length: 20 }, (_, i) => `Eigen label ${'abcdefghijklmnopqrst'[i]}`);
    const answers = await Promise.all(labels.map((label, i) => store.add({ dictionary: 'opp', part: 'hoorrecht', label, at: i })));
    expect(answers.every(Boolean)).toBe(true);
    const stored = storage.data[TAUGHT_KEY] as { version: number; labels: { label: string }[] };
    expect(stored.version).toBe(TAUGHT_VERSION);
    expect(stored.labels.map((l) => l.label).sort()).toEqual([...labels].sort());
  });
  it('leaves a newer format alone and says it did not write', async () => {
    const newer = { [TAUGHT_KEY]: { version: TAUGHT_VERSION + 1, labels: ['?'] } };
    const storage = memoryStorage(newer);
    expect(await taughtStore(storage as never).add({ dictionary: 'opp', part: 'uitstroom', label: 'Route na de basisschool', at: 1 })).toBe(false);
    expect(storage.data).toEqual(newer);
  });
  it('forgets a label', async () => {
    const storage = memoryStorage();
    const store = taughtStore(storage as never);
    await store.add({ dictionary: 'opp', part: 'uitstroom', label: 'Route na de basisschool', at: 1 });
    await store.remove('route na de basisschool');
    expect((storage.data[TAUGHT_KEY] as { labels: unknown[] }).labels).toEqual([]);
  });
});
