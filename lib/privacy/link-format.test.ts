import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addsNothing, applyChange, mergeLinks, entryKey, expiredKeys, FORMAT_VERSION, LinkChangeSchema, loadFormat, STORE_KEY, toStored, type Link, type LinkChange } from './link-format';

const KEY_A = 'a'.repeat(64);
const KEY_B = 'b'.repeat(64);
const SALT = '0123456789abcdef0123456789abcdef';

describe('the stored link format', () => {
  it('migrates format 1 (salt and links at the top) without losing a link or changing the salt', () => {
    const loaded = loadFormat({
      salt: SALT,
      links: {
        [KEY_A]: { oppStart: '2025-10-01', seen: '2026-11-01' },
        [KEY_B]: { userSaysOpp: true, periods: [{ begin: '2025-10-01', end: null }], seen: '2026-10-01' },
      },
    });
    expect(loaded.kind).toBe('ok');
    if (loaded.kind !== 'ok') return;
    expect(loaded.migrated).toBe(true);
    expect(loaded.state.salt).toBe(SALT);
    expect(loaded.state.links[KEY_A]).toEqual({ oppStart: '2025-10-01', oppSeen: true, oppStartAt: 0, seen: '2026-11-01' });
    expect(loaded.state.links[KEY_B]).toEqual({ userSaysOpp: true, periods: [{ begin: '2025-10-01', end: null }], periodsAt: 0, seen: '2026-10-01' });
    const stored = toStored(loaded.state);
    expect((stored[STORE_KEY] as { version: number }).version).toBe(FORMAT_VERSION);
    expect(stored[entryKey(KEY_A)]).toEqual(loaded.state.links[KEY_A]);
  });

  it('skips and counts a corrupt entry among good ones', () => {
    const loaded = loadFormat({
      [STORE_KEY]: { version: 2, salt: SALT },
      [entryKey(KEY_A)]: { oppSeen: true, seen: '2026-11-01' },
      [entryKey(KEY_B)]: { oppStart: '1 oktober', seen: '2026-11-01' },
      [entryKey('not-a-key')]: { seen: '2026-11-01' },
      options: { language: 'nl' },
    });
    if (loaded.kind !== 'ok') throw new Error(loaded.kind);
    expect(Object.keys(loaded.state.links)).toEqual([KEY_A]);
    expect(Object.keys(loaded.state.unreadable).sort()).toEqual([KEY_B, 'not-a-key'].sort());
    // Writing back writes the record and the readable links only: the bad entries stay as they are.
    expect(Object.keys(toStored(loaded.state)).sort()).toEqual([STORE_KEY, entryKey(KEY_A)].sort());
  });

  it('writes one entry per pupil, so a change touches only that pupil', () => {
    const loaded = loadFormat({ salt: SALT, links: { [KEY_A]: { seen: '2026-11-01', oppSeen: true }, [KEY_B]: { seen: '2026-11-01', userSaysOpp: true } } });
    if (loaded.kind !== 'ok') throw new Error(loaded.kind);
    expect(Object.keys(toStored(loaded.state, [KEY_B])).sort()).toEqual([STORE_KEY, entryKey(KEY_B)].sort());
    expect((toStored(loaded.state)[STORE_KEY] as { version: number; salt: string })).toEqual({ version: FORMAT_VERSION, salt: SALT });
  });

  it('leaves a newer format alone', () => {
    expect(loadFormat({ [STORE_KEY]: { version: 5, whatever: true } })).toEqual({ kind: 'newer', version: 5 });
  });

  it('starts empty, without a salt, on a fresh profile', () => {
    expect(loadFormat({})).toEqual({ kind: 'ok', state: { salt: null, links: {}, unreadable: {} }, migrated: false });
  });

  it('finds the links not seen for 400 days', () => {
    const loaded = loadFormat({ [STORE_KEY]: { version: 2, salt: SALT }, [entryKey(KEY_A)]: { oppSeen: true, seen: '2025-01-01' }, [entryKey(KEY_B)]: { oppSeen: true, seen: '2026-01-01' } });
    if (loaded.kind !== 'ok') throw new Error(loaded.kind);
    expect(expiredKeys(loaded.state, '2026-11-29')).toEqual([KEY_A]);
  });
});

const iso = fc.date({ min: new Date('2020-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const change: fc.Arbitrary<LinkChange> = fc.record(
  {
    at: fc.integer({ min: 0, max: 1000 }),
    oppSeen: fc.constant(true as const),
    oppStart: iso,
    userSaysOpp: fc.constant(true as const),
    periods: fc.array(fc.record({ begin: iso, end: fc.option(iso, { nil: null }) }), { maxLength: 3 }),
    badgeClosed: fc.dictionary(fc.constantFrom('rod.arrangement', 'rod.einddatum', 'rod.overlap'), fc.constantFrom('pass' as const, 'fail' as const, 'review' as const, 'n/a' as const), { maxKeys: 2 }),
  },
  { requiredKeys: ['at'] },
);

describe('merging what tabs learned', () => {
  const fold = (changes: LinkChange[]) => changes.reduce<Link | undefined>((link, c) => applyChange(link, c, '2026-11-29'), undefined);

  it('gives the same link in any order of arrival (tabs race)', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 12 }).chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))), ([inOrder, shuffled]) => {
        expect(fold(shuffled)).toEqual(fold(inOrder));
      }),
    );
  });

  it('changes nothing when a change is applied twice (a retried message)', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 8 }), fc.nat(), (changes, pick) => {
        const repeated = [...changes, changes[pick % changes.length]!];
        expect(fold(repeated)).toEqual(fold(changes));
      }),
    );
  });

  it("keeps the latest close of a pupil's badge, also for a pupil not linked before, and never a text of the page", () => {
    const closed = fold([{ at: 7, badgeClosed: { 'rod.arrangement': 'fail' } }, { at: 3, badgeClosed: { 'rod.arrangement': 'n/a' } }]);
    expect(closed?.badgeClosed).toEqual({ 'rod.arrangement': 'fail' });
    expect(addsNothing(undefined, { at: 1, badgeClosed: { 'rod.arrangement': 'n/a' } })).toBe(false);
    expect(LinkChangeSchema.safeParse({ at: 1, badgeClosed: { 'Lotte Bakker': 'fail' } }).success).toBe(false);
  });

  it('keeps a say-so and takes the newest reading of periods and start date', () => {
    const link = fold([
      { at: 5, periods: [{ begin: '2025-10-01', end: null }] },
      { at: 9, userSaysOpp: true },
      { at: 7, periods: [] },
      { at: 3, periods: [{ begin: '2024-10-01', end: '2025-07-31' }] },
      { at: 4, oppStart: '2025-09-01' },
      { at: 2, oppStart: '2024-09-01' },
    ]);
    expect(link).toMatchObject({ userSaysOpp: true, periods: [], periodsAt: 7, oppStart: '2025-09-01', oppSeen: true });
  });
});

describe('format 4: the level and the medical reason, by salted key only', () => {
  it('a level read later wins over one read earlier, in whichever order the messages arrive', () => {
    const basis: LinkChange = { at: 20, basis: true };
    const extra: LinkChange = { at: 10, basis: false };
    const start: Link = { oppSeen: true, seen: '2026-11-01' };
    const one = applyChange(applyChange(start, basis, '2026-11-28'), extra, '2026-11-28');
    const two = applyChange(applyChange(start, extra, '2026-11-28'), basis, '2026-11-28');
    expect(one).toEqual(two);
    expect(one.basis).toBe(true);
    // Seen at extra ondersteuning later still: the flag goes, its time stays.
    const later = applyChange(one, { at: 30, basis: false }, '2026-11-28');
    expect(later.basis).toBeUndefined();
    expect(applyChange(later, { at: 25, basis: true }, '2026-11-28').basis).toBeUndefined();
    expect(mergeLinks(one, later)).toEqual(mergeLinks(later, one));
  });
  it('a medical reason no longer on the OPP is forgotten', () => {
    const medical = applyChange(undefined, { at: 1, oppSeen: true, medical: 'medisch' }, '2026-11-28');
    expect(medical.medical).toBe('medisch');
    expect(applyChange(medical, { at: 2, oppSeen: true, medical: null }, '2026-11-28').medical).toBeUndefined();
  });
  it('a level alone makes no link for a pupil not linked yet', () => {
    expect(addsNothing(undefined, { at: 1, basis: true })).toBe(true);
    expect(addsNothing({ seen: '2026-11-01', oppListed: true }, { at: 1, basis: true })).toBe(false);
  });
  it('reads a format-3 record and writes it as format 4, the entries as they were', () => {
    const loaded = loadFormat({ [STORE_KEY]: { version: 3, salt: '0123456789abcdef0123456789abcdef' }, [entryKey('a'.repeat(64))]: { oppSeen: true, seen: '2026-11-01' } });
    expect(loaded).toMatchObject({ kind: 'ok', oldRecord: true });
    if (loaded.kind === 'ok') expect(toStored(loaded.state)[STORE_KEY]).toEqual({ version: 4, salt: '0123456789abcdef0123456789abcdef' });
  });
});
