import { expect, it } from 'vitest';
import { CLOSED_VERSION, closedOf, comesBack, isClosed, mayOverwrite, withClosed } from './closed-notes';

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
  const stored = withClosed({ version: 1, closed: { pupil: { 'rod.arrangement': 'fail' } } }, 'settings', { 'settings.2fa': 'pass' });
  expect(closedOf(stored)).toEqual({ pupil: { 'rod.arrangement': 'fail' }, settings: { 'settings.2fa': 'pass' } });
  expect(isClosed(closedOf(stored), 'settings', { 'settings.2fa': 'pass' })).toBe(true);
  expect(isClosed(closedOf(stored), 'dossier-list', { 'list.weak': 'pass' })).toBe(false);
});

it('stores check ids only: text from a page is refused', () => {
  expect(() => withClosed(undefined, 'pupil', { 'Sem de Vries': 'fail' })).toThrow();
  expect(closedOf({ version: 1, closed: { pupil: { 'Sem de Vries': 'fail' } } })).toEqual({});
});

it('reads what it knows of a newer record and never writes over it', () => {
  const newer = { version: CLOSED_VERSION + 1, closed: { settings: { 'settings.2fa': 'fail' }, sidebar: { x: 1 } } };
  expect(closedOf(newer)).toEqual({ settings: { 'settings.2fa': 'fail' } });
  expect(mayOverwrite(newer)).toBe(false);
  expect(mayOverwrite({ version: CLOSED_VERSION, closed: {} })).toBe(true);
  expect(mayOverwrite(undefined)).toBe(true);
  expect(closedOf('kapot')).toEqual({});
});
