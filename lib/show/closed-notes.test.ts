import { expect, it } from 'vitest';
import { CLOSED_VERSION, closedOf, closeNote, comesBack, isClosed, mayOverwrite, withClosed } from './closed-notes';

it('keeps a closed note away while it says the same or better', () => {
  const then = { 'settings.2fa': 'fail', 'settings.bewaartermijn': 'pass' } as const;
  expect(comesBack(then, then)).toBe(false);
  expect(comesBack(then, { 'settings.2fa': 'review', 'settings.bewaartermijn': 'pass' })).toBe(false);
  expect(comesBack(then, { 'settings.2fa': 'pass', 'settings.bewaartermijn': 'pass' })).toBe(false);
});

it('brings a closed note back when a check gets worse: a new fail, a pass to check, a question that fails', () => {
  expect(comesBack({ 'settings.2fa': 'fail', 'settings.bewaartermijn': 'pass' }, { 'settings.2fa': 'fail', 'settings.bewaartermijn': 'fail' })).toBe(true);
  expect(comesBack({ 'settings.2fa': 'pass' }, { 'settings.2fa': 'review' })).toBe(true);
  expect(comesBack({ 'rod.arrangement': 'n/a' }, { 'rod.arrangement': 'fail' })).toBe(true);
  // A check the note did not mention then counts as in order then.
  expect(comesBack({ 'rod.arrangement': 'fail' }, { 'rod.melding': 'review' })).toBe(true);
  expect(comesBack({ 'list.weak': 'pass' }, { 'list.weak': 'review' })).toBe(true);
});

it('closes per kind of note: closing one leaves the others, and what another tab closed', () => {
  const stored = withClosed({ version: 1, closed: { 'dossier-list': { 'list.weak': 'review' } } }, 'settings', { 'settings.2fa': 'pass' });
  expect(closedOf(stored)).toEqual({ 'dossier-list': { 'list.weak': 'review' }, settings: { 'settings.2fa': 'pass' } });
  expect(isClosed(closedOf(stored), 'settings', { 'settings.2fa': 'pass' })).toBe(true);
  expect(isClosed(closedOf(stored), 'dossier-list', { 'list.weak': 'fail' })).toBe(false);
});

it("a record of the time the pupil's badge was closed per kind: read for the other kinds, the badge's entry kept but not used", () => {
  const old = { version: 1, closed: { pupil: { 'rod.arrangement': 'fail' }, settings: { 'settings.2fa': 'fail' } } };
  expect(closedOf(old)).toEqual({ settings: { 'settings.2fa': 'fail' } });
  expect(withClosed(old, 'dossier-list', { 'list.weak': 'pass' }).closed).toHaveProperty('pupil');
});

it('stores check ids only: text from a page is refused', () => {
  expect(() => withClosed(undefined, 'settings', { 'Sem de Vries': 'fail' })).toThrow();
  expect(closedOf({ version: 1, closed: { settings: { 'Sem de Vries': 'fail' } } })).toEqual({});
});

it('reads what it knows of a newer record and never writes over it', () => {
  const newer = { version: CLOSED_VERSION + 1, closed: { settings: { 'settings.2fa': 'fail' }, sidebar: { x: 1 } } };
  expect(closedOf(newer)).toEqual({ settings: { 'settings.2fa': 'fail' } });
  expect(mayOverwrite(newer)).toBe(false);
  expect(mayOverwrite({ version: CLOSED_VERSION, closed: {} })).toBe(true);
  expect(mayOverwrite(undefined)).toBe(true);
  expect(closedOf('kapot')).toEqual({});
});

/** storage.local as two tabs see it: every call waits a turn, so two tabs' reads and writes interleave. */
function sharedArea() {
  let record: unknown;
  const turn = () => new Promise((r) => setTimeout(r, 0));
  return {
    get: async (key: string) => (await turn(), { [key]: structuredClone(record) }),
    set: async (items: Record<string, unknown>) => {
      await turn();
      record = structuredClone(Object.values(items)[0]);
    },
    now: () => record,
  };
}

it('two tabs closing two kinds at the same moment: both stay closed', async () => {
  const area = sharedArea();
  await Promise.all([closeNote('settings', { 'settings.2fa': 'fail' }, area), closeNote('dossier-list', { 'list.weak': 'review' }, area)]);
  expect(closedOf(area.now())).toEqual({ settings: { 'settings.2fa': 'fail' }, 'dossier-list': { 'list.weak': 'review' } });
});

it('never writes over a newer format, also when closing', async () => {
  const area = sharedArea();
  const newer = { version: CLOSED_VERSION + 1, closed: { settings: { 'settings.2fa': 'pass' } } };
  await area.set({ closedNotes: newer });
  await closeNote('dossier-list', { 'list.weak': 'fail' }, area);
  expect(area.now()).toEqual(newer);
});
