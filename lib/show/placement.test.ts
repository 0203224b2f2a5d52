import { describe, expect, it } from 'vitest';
import { DOCK_WIDTH, freeSpan, labelAt, moveOut, place } from './placement';

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

describe('docked beside the page', () => {
  it('leaves the page all but the panel\'s strip, on the side the user chose', () => {
    expect(freeSpan('right', 1024)).toEqual({ left: 0, right: 1024 - DOCK_WIDTH });
    expect(freeSpan('left', 1024)).toEqual({ left: DOCK_WIDTH, right: 1024 });
    expect(freeSpan(null, 1024)).toEqual({ left: 0, right: 1024 });
  });

  it('moves a save bar at the bottom right out of the strip, by just enough', () => {
    const free = freeSpan('right', 1366);
    expect(moveOut({ left: 1250, width: 116 }, free)).toEqual({ shift: 1366 - DOCK_WIDTH - 1366 });
    expect(moveOut({ left: 0, width: 120 }, freeSpan('left', 1366))).toEqual({ shift: DOCK_WIDTH });
  });

  it('narrows a full-width bar instead of pushing it off the other side', () => {
    expect(moveOut({ left: 0, width: 1024 }, freeSpan('right', 1024))).toEqual({ left: 0, right: 1024 - DOCK_WIDTH });
    expect(moveOut({ left: 0, width: 1024 }, freeSpan('left', 1024))).toEqual({ left: DOCK_WIDTH, right: 1024 });
  });

  it('leaves alone what is already beside the panel', () => {
    expect(moveOut({ left: 20, width: 300 }, freeSpan('right', 1024))).toBeNull();
  });
});

describe('a marker\'s label', () => {
  const free = freeSpan('right', 1024);
  it('sits after its field when there is room before the panel', () => {
    expect(labelAt({ left: 20, width: 200 }, 250, free)).toBe('after');
  });
  it('goes before the field when after it would run under the panel', () => {
    expect(labelAt({ left: 400, width: 200 }, 250, free)).toBe('before');
  });
  it('wraps after the field when neither side has room for one line, but after has some', () => {
    expect(labelAt({ left: 200, width: 200 }, 300, free)).toBe('wrap');
  });
  it('goes inside the field\'s corner when the field fills the page\'s width', () => {
    expect(labelAt({ left: 20, width: 640 }, 250, free)).toBe('inside');
  });
});
