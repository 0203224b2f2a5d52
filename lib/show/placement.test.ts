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

it('keeps its side when a wide marked field only runs under it with its end', () => {
  const wide = { top: 300, left: 300, width: 900, height: 80 };
  expect(place('right', viewport, [], [wide])).toEqual({ side: 'right', collapsed: false });
});

it('moves to the other side rather than hide the start of a marked field', () => {
  const onTheRight = { top: 300, left: 980, width: 250, height: 30 };
  expect(place('right', viewport, [], [onTheRight])).toEqual({ side: 'left', collapsed: false });
});

it('folds to its tab when a marked field would be hidden on both sides (200 % zoom: 683 px wide)', () => {
  const zoomed = { width: 683, height: 384 };
  const field = { top: 120, left: 210, width: 240, height: 60 };
  expect(place('right', zoomed, [], [field])).toEqual({ side: 'right', collapsed: true });
});

it('never jumps sides while the page scrolls: a field above or below the window still counts', () => {
  const onTheRight = { top: -900, left: 980, width: 250, height: 30 };
  expect(place('right', viewport, [], [onTheRight]).side).toBe('left');
});
