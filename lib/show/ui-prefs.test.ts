import { expect, it } from 'vitest';
import { DEFAULT_PREFS, mayOverwrite, prefsOf, PREFS_VERSION } from './ui-prefs';

it('reads a record from before the format version, and this version\'s', () => {
  expect(prefsOf({ open: false, side: 'left' })).toEqual({ open: false, side: 'left' });
  expect(prefsOf({ version: PREFS_VERSION, open: true, side: 'left' })).toEqual({ open: true, side: 'left' });
});

it('reads what it knows of a newer record and never writes over it', () => {
  expect(prefsOf({ version: PREFS_VERSION + 1, open: false, side: 'right', dock: 'page' })).toEqual({ open: false, side: 'right' });
  expect(mayOverwrite({ version: PREFS_VERSION + 1, open: false, side: 'right' })).toBe(false);
  expect(mayOverwrite({ version: PREFS_VERSION, open: false, side: 'right' })).toBe(true);
  expect(mayOverwrite(undefined)).toBe(true);
});

it('falls back to open on the right for anything unreadable', () => {
  expect(prefsOf('kapot')).toEqual(DEFAULT_PREFS);
  expect(prefsOf({ open: 'ja', side: 'midden' })).toEqual(DEFAULT_PREFS);
});
