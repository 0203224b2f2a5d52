import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { covers, overlap, overlappingPairs, type Period } from './periods';

const iso = fc.date({ min: new Date('2015-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const period = fc.tuple(iso, fc.option(iso, { nil: null })).map(([a, b]): Period => (b !== null && b < a ? { begin: b, end: a } : { begin: a, end: b }));

describe('periods', () => {
  it('an open period covers every day from its start', () => {
    expect(covers({ begin: '2025-10-01', end: null }, '2030-01-01')).toBe(true);
    expect(covers({ begin: '2025-10-01', end: null }, '2025-09-30')).toBe(false);
  });

  it('overlap is symmetric', () => {
    fc.assert(fc.property(period, period, (a, b) => overlap(a, b) === overlap(b, a)));
  });

  it('two periods overlap exactly when some day is in both', () => {
    fc.assert(
      fc.property(period, period, iso, (a, b, day) => {
        if (covers(a, day) && covers(b, day)) expect(overlap(a, b)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(period, period, (a, b) => {
        if (!overlap(a, b)) return;
        const day = a.begin > b.begin ? a.begin : b.begin;
        expect(covers(a, day) && covers(b, day)).toBe(true);
      }),
    );
  });

  it('a period overlaps itself, and back-to-back periods do not', () => {
    fc.assert(fc.property(period, (p) => overlap(p, p)));
    expect(overlap({ begin: '2025-08-01', end: '2026-07-31' }, { begin: '2026-08-01', end: null })).toBe(false);
  });

  it('lists the overlapping pairs', () => {
    const list = [
      { begin: '2025-08-01', end: '2026-07-31' },
      { begin: '2026-01-01', end: null },
      { begin: '2024-01-01', end: '2024-12-31' },
    ];
    expect(overlappingPairs(list)).toEqual([[0, 1]]);
  });
});
