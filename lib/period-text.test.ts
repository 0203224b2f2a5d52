import { describe, expect, it } from 'vitest';
import { isOpenEnd, readPeriod, statusOf } from './period-text';

const ok = (iso: string) => ({ ok: true, iso });

describe('the period reader', () => {
  it.each([
    ['Periode: 1 augustus 2024 t/m 31 juli 2026', ok('2024-08-01'), ok('2026-07-31')],
    ['van 01-10-2026 tot en met 31-07-2028', ok('2026-10-01'), ok('2028-07-31')],
    ['01-08-2026 – 31-07-2027', ok('2026-08-01'), ok('2027-07-31')],
    ['01-08-2026 - 31-07-2027', ok('2026-08-01'), ok('2027-07-31')],
    ['1-10-2026 tot 1-2-2027', ok('2026-10-01'), ok('2027-02-01')],
    ['2026-10-01 → 2027-07-31', ok('2026-10-01'), ok('2027-07-31')],
    ['1 okt. 2026 t/m 31 jul. 2027', ok('2026-10-01'), ok('2027-07-31')],
    ['sinds 15 september 2026', ok('2026-09-15'), 'open'],
    ['vanaf 1-10-2026', ok('2026-10-01'), 'open'],
    ['Per 01-10-2026', ok('2026-10-01'), 'open'],
    ['01-10-2026 – heden', ok('2026-10-01'), 'open'],
    ['01-10-2026 –', ok('2026-10-01'), 'open'],
    ['01-10-2026', ok('2026-10-01'), null],
  ])('reads %s', (text, begin, end) => {
    const p = readPeriod(text);
    expect({ begin: p.begin, end: p.end }).toEqual({ begin, end });
  });

  it('keeps an impossible date as unreadable, never a guess', () => {
    expect(readPeriod('01-08-2026 t/m 31-02-2027').end).toEqual({ ok: false, reason: 'impossible' });
  });

  it('reads a dash, a word or nothing in an end field as no end date yet', () => {
    for (const t of ['', ' ', '-', '–', '—', 'geen', 'Onbekend', 'nog niet bekend', 'n.v.t.', '(leeg)', 'heden']) expect(isOpenEnd(t), t).toBe(true);
    for (const t of ['31-07-2027', 'x', '31-02-2027']) expect(isOpenEnd(t), t).toBe(false);
  });

  it('reads the status beside the dates', () => {
    expect(statusOf('Lopend')).toBe('running');
    expect(statusOf('Actief')).toBe('running');
    expect(statusOf('Beëindigd')).toBe('ended');
    expect(statusOf('Afgesloten')).toBe('ended');
    expect(statusOf('Niet beëindigd')).toBe(null);
    expect(readPeriod('01-08-2024 t/m 31-07-2025 (Beëindigd)').status).toBe('ended');
  });
});
