import { expect, it } from 'vitest';
import { confirmation, SETTLE_MS, type Reading } from './confirm';
import rod from './catalog/parnassys-rod';

const SAVE = rod.steps.findIndex((s) => s.id === 'opslaan');
const AFTER = SAVE + 1;
const read = (status: 'pass' | 'fail' | 'review' | 'n/a', at: number): Reading => ({
  at,
  findings: [
    { rule: 'rod.melding', status: 'fail', message: 'ander' },
    { rule: 'rod.arrangement', status, message: `arrangement ${status}` },
  ],
});

it('says the arrangement is registered when the page read after the save shows it', () => {
  expect(confirmation(rod, AFTER, read('pass', 1000), 900, 1000)).toEqual({ status: 'pass', key: 'guide.confirm.rod-arrangement' });
  // The page loaded after the save (savedAt 0): read as it is.
  expect(confirmation(rod, AFTER, read('pass', 5), 0, 5)).toEqual({ status: 'pass', key: 'guide.confirm.rod-arrangement' });
});

it('says what is still missing when it does not pass after the save, and only then', () => {
  expect(confirmation(rod, AFTER, read('fail', 5), 0, 5)).toEqual({ status: 'fail', message: 'arrangement fail' });
  // Unsure is "controleren", never "nog niet".
  expect(confirmation(rod, AFTER, read('review', 5), 0, 5)).toEqual({ status: 'review', message: 'arrangement review' });
  expect(confirmation(rod, AFTER, read('n/a', 5), 0, 5)).toEqual({ status: 'review', message: 'arrangement n/a' });
});

it('says nothing before the save, nor from a reading made before it', () => {
  expect(confirmation(rod, SAVE, read('fail', 5000), 0, 5000)).toBeNull();
  expect(confirmation(rod, AFTER, read('pass', 800), 900, 5000)).toBeNull();
  expect(confirmation(rod, AFTER, null, 0, 5000)).toBeNull();
});

it('waits a moment before a failing reading of a save made in this page (its answer may be on its way)', () => {
  expect(confirmation(rod, AFTER, read('fail', 1000), 900, 1000)).toBeNull();
  expect(confirmation(rod, AFTER, read('fail', 1000), 900, 900 + SETTLE_MS)).toEqual({ status: 'fail', message: 'arrangement fail' });
});

it('says nothing on a page without the finding (Personalia, the ROD message)', () => {
  expect(confirmation(rod, AFTER, { at: 5, findings: [] }, 0, 5)).toBeNull();
});

it('the finished guide confirms too; a guide without a confirmation never does', () => {
  expect(confirmation(rod, rod.steps.length, read('pass', 5), 0, 5)?.status).toBe('pass');
  expect(confirmation({ ...rod, confirm: undefined }, AFTER, read('pass', 5), 0, 5)).toBeNull();
});
