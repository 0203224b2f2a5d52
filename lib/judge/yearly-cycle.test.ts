import { describe, expect, it } from 'vitest';
import { daysAgoIn } from '../dates';
import { ofThisSchoolYear, registration, supportEndedOpen } from './yearly-cycle';

const doc = (d: Partial<Parameters<typeof ofThisSchoolYear>[0]>) => ({ dates: [], months: [], schoolYears: [], ago: [], unreadable: false, ...d });

describe('the school year of a document (1 August – 31 July)', () => {
  it('31 July is the last day of a school year, 1 August the first of the next', () => {
    expect(ofThisSchoolYear(doc({ dates: ['2026-07-31'] }), '2026-07-31')).toBe('yes');
    expect(ofThisSchoolYear(doc({ dates: ['2026-07-31'] }), '2026-08-01')).toBe('no');
    expect(ofThisSchoolYear(doc({ dates: ['2026-08-01'] }), '2026-08-01')).toBe('yes');
    expect(ofThisSchoolYear(doc({ dates: ['2025-08-01'] }), '2026-07-31')).toBe('yes');
  });
  it('a school year the document names decides, whatever day it was saved', () => {
    expect(ofThisSchoolYear(doc({ schoolYears: [2024], dates: ['2025-09-10'] }), '2025-10-01')).toBe('no');
    expect(ofThisSchoolYear(doc({ schoolYears: [2025] }), '2025-10-01')).toBe('yes');
  });
  it('a month counts as its days; a relative date only when its whole range falls in the year', () => {
    expect(ofThisSchoolYear(doc({ months: ['2025-09-01'] }), '2026-03-01')).toBe('yes');
    expect(ofThisSchoolYear(doc({ ago: [daysAgoIn('gisteren')!] }), '2025-08-01')).toBe('no');
    expect(ofThisSchoolYear(doc({ ago: [daysAgoIn('3 dagen geleden')!] }), '2025-10-01')).toBe('yes');
    // "2 months ago" on 5 October: 4 to 8 August (56 to 62 days), all in the year.
    expect(ofThisSchoolYear(doc({ ago: [daysAgoIn('2 months ago')!] }), '2025-10-05')).toBe('yes');
    // On 28 September: 28 July to 3 August, on both sides of the year's first day: unsure.
    expect(ofThisSchoolYear(doc({ ago: [daysAgoIn('2 maanden geleden')!] }), '2025-09-28')).toBe('unsure');
  });
  it('a document without a readable date: unsure, never "not this year"', () => {
    expect(ofThisSchoolYear(doc({}), '2025-10-01')).toBe('unsure');
    expect(ofThisSchoolYear(doc({ unreadable: true }), '2025-10-01')).toBe('unsure');
  });
});

describe('registration within 14 days (DUO)', () => {
  it('14 days after the start is in time; the 15th day is late, and says how late', () => {
    expect(registration('2025-10-01', [], '2025-10-15')).toEqual({ kind: 'in-time', deadline: '2025-10-15' });
    expect(registration('2025-10-01', [], '2025-10-16')).toEqual({ kind: 'late', days: 15 });
    expect(registration('2025-10-01', [], '2025-11-07')).toEqual({ kind: 'late', days: 37 });
  });
  it('a running arrangement begun within 14 days of the start, either side, is the OPP\'s; further away it differs', () => {
    expect(registration('2025-10-01', [{ begin: '2025-10-15', end: null }], '2025-12-01')).toEqual({ kind: 'same' });
    expect(registration('2025-10-01', [{ begin: '2025-09-17', end: null }], '2025-12-01')).toEqual({ kind: 'same' });
    expect(registration('2025-10-01', [{ begin: '2025-10-16', end: null }], '2025-12-01')).toEqual({ kind: 'differs', begin: '2025-10-16' });
    // An ended arrangement is not the registration of this OPP.
    expect(registration('2025-10-01', [{ begin: '2024-10-01', end: '2025-07-31' }], '2025-12-01')).toEqual({ kind: 'late', days: 61 });
  });
});

describe('an OPP that ended', () => {
  it('back at basisondersteuning with an arrangement open: ask; with an end date, or not at basis: nothing', () => {
    expect(supportEndedOpen(true, [{ begin: '2025-10-01', end: null }], '2026-03-01')).toBe(true);
    expect(supportEndedOpen(true, [{ begin: '2025-10-01', end: '2026-07-31' }], '2026-03-01')).toBe(false);
    expect(supportEndedOpen(false, [{ begin: '2025-10-01', end: null }], '2026-03-01')).toBe(false);
  });
});

describe('relative dates', () => {
  it('reads Dutch and English, and nothing else', () => {
    expect(daysAgoIn('Vandaag 10:12')).toEqual({ min: 0, max: 0 });
    expect(daysAgoIn('eergisteren')).toEqual({ min: 2, max: 2 });
    expect(daysAgoIn('2 weken geleden')).toEqual({ min: 14, max: 14 });
    expect(daysAgoIn('een jaar geleden')).toEqual({ min: 365, max: 366 });
    expect(daysAgoIn('3 days ago')).toEqual({ min: 3, max: 3 });
    expect(daysAgoIn('OPP 2025.pdf')).toBeNull();
  });
});
