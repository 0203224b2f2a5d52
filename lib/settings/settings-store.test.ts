import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: { storage: { local: {} } } }));
const { changeUserOptions } = await import('./settings-store');
const { OPTIONS_KEY } = await import('../storage-keys');
const { memoryStorage } = await import('../../test/support/memory-storage');

describe("the one writer of the user's options", () => {
  it('keeps both of two quick changes: the evaluation advice and a check switched off', async () => {
    const storage = memoryStorage({ [OPTIONS_KEY]: { language: 'en' } });
    await Promise.all([
      changeUserOptions({ evaluationsAdvised: 2 }, storage as never),
      changeUserOptions({ disabledChecks: ['opp.termijn'] }, storage as never),
    ]);
    expect(storage.data[OPTIONS_KEY]).toEqual({ language: 'en', evaluationsAdvised: 2, disabledChecks: ['opp.termijn'] });
  });
  it('drops what it cannot read in storage rather than keep it, and still stores the change', async () => {
    const storage = memoryStorage({ [OPTIONS_KEY]: { evaluationsAdvised: 'veel' } });
    await changeUserOptions({ language: 'nl' }, storage as never);
    expect(storage.data[OPTIONS_KEY]).toEqual({ language: 'nl' });
  });
});
