import { describe, expect, it } from 'vitest';
import { daysBetween, findDates, parseDate, readDateText } from './dates';

describe('parseDate', () => {
  it.each([
    ['01-09-2026', '2026-09-01'],
    ['1-9-26', '2026-09-01'],
    ['01/09/2026', '2026-09-01'],
    ['1.9.2026', '2026-09-01'],
    ['2026-09-01', '2026-09-01'],
    ['1 september 2026', '2026-09-01'],
    ['1 sept. 2026', '2026-09-01'],
    ['15 Maart 2025', '2025-03-15'],
    ['Ingestemd op 30-09-2024 door moeder', '2024-09-30'],
  ])('reads %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, iso });
  });

  it('says why when a date cannot be read', () => {
    expect(parseDate('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseDate('volgend jaar')).toEqual({ ok: false, reason: 'format' });
    expect(parseDate('31-02-2026')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDate('12-13-2026')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDate('29-02-2025')).toEqual({ ok: false, reason: 'impossible' });
  });

  it('accepts a real leap day', () => {
    expect(parseDate('29-02-2028')).toEqual({ ok: true, iso: '2028-02-29' });
  });
});

describe('findDates', () => {
  it('finds every date in a list, in order', () => {
    const found = findDates('12-02-2026, 18 juni 2026 en 2026-11-20');
    expect(found).toEqual([
      { ok: true, iso: '2026-02-12' },
      { ok: true, iso: '2026-06-18' },
      { ok: true, iso: '2026-11-20' },
    ]);
  });

  it('does not read a phone number or an IQ score as a date', () => {
    expect(findDates('IQ 74, tel. 030-1234567')).toEqual([]);
  });

  it('reads a text the same however often it is asked, past the bound of texts it remembers', () => {
    const texts = Array.from({ length: 600 }, (_, i) => `Evaluatie ${(i % 28) + 1}-0${(i % 9) + 1}-2026; vervolg 31-02-2026 (${i})`);
    const first = texts.map((t) => findDates(t));
    const again = texts.map((t) => findDates(t));
    expect(again).toEqual(first);
    expect(first[599]).toEqual([{ ok: true, iso: '2026-06-12' }, { ok: false, reason: 'impossible' }]);
  });
});

it('counts days between dates', () => {
  expect(daysBetween('2024-09-02', '2024-10-01')).toBe(29);
  expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
});

describe('dates as people and frameworks write them', () => {
  it.each([
    ['2 feb. 2026', '2026-02-02'],
    ['16 sept. 2024', '2024-09-16'],
    ['12 jun 2025', '2025-06-12'],
    ['30 sept. 2025 – gepland', '2025-09-30'],
    ['1-9-2025', '2025-09-01'],
    ['6-10-2025', '2025-10-06'],
    ['30/01/2025', '2025-01-30'],
    ['2025-09-30', '2025-09-30'],
    ['02-feb-2026', '2026-02-02'],
    ['2-Feb-2026', '2026-02-02'],
    ['maandag 2 februari 2026', '2026-02-02'],
    ['February 2, 2026', '2026-02-02'],
    ['feb 2 2026', '2026-02-02'],
    ['1e september 2025', '2025-09-01'],
    ["2 feb '26", '2026-02-02'],
  ])('reads %s', (text, iso) => {
    expect(findDates(text)).toEqual([{ ok: true, iso }]);
  });

  it('reads "2 feb. 2026; 16 jun. 2026" as two dates (an abbreviation\'s dot ends no clause)', () => {
    expect(findDates('2 feb. 2026; 16 jun. 2026')).toEqual([{ ok: true, iso: '2026-02-02' }, { ok: true, iso: '2026-06-16' }]);
  });

  it.each(['31-02-2026', '30 feb. 2026', '2026-13-01', '29-02-2025', '0-1-2026'])('keeps %s unread, never a guess', (text) => {
    expect(findDates(text)).toEqual([{ ok: false, reason: 'impossible' }]);
  });

  it('reads months without a day, and says what it could not place', () => {
    const r = readDateText('Evaluaties: februari 2026, 2 juni en schooljaar 2024-2025; eind mei');
    expect(r.dates).toEqual([]);
    expect(r.months.map((m) => m.iso)).toEqual(['2026-02-01']);
    expect(r.loose.map((l) => l.text)).toEqual(['2 juni', 'schooljaar 2024-2025'.slice(11), 'eind mei']);
  });

  it('finds nothing date-like in plain text', () => {
    const r = readDateText('Gesprek met Jan en moeder over de aanpak in groep 5');
    expect([r.dates, r.months, r.loose]).toEqual([[], [], []]);
  });
});
