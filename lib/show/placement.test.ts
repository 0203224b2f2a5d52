import { expect, it } from 'vitest';
import { place } from './placement';

const viewport = { width: 1280, height: 800 };
const bottomRightSave = { top: 740, left: 1150, width: 100, height: 36 };
const bottomLeftSave = { top: 740, left: 40, width: 100, height: 36 };
const middleSave = { top: 400, left: 600, width: 100, height: 36 };

it('keeps the chosen side when no save button is under it', () => {
  expect(place('right', viewport, [middleSave])).toEqual({ side: 'right', collapsed: false });
});

it('moves to the other side rather than cover a save button', () => {
  expect(place('right', viewport, [bottomRightSave])).toEqual({ side: 'left', collapsed: false });
  expect(place('left', viewport, [bottomLeftSave])).toEqual({ side: 'right', collapsed: false });
});

it('folds to its tab when save buttons sit on both sides', () => {
  expect(place('right', viewport, [bottomRightSave, bottomLeftSave])).toEqual({ side: 'right', collapsed: true });
});
