import { describe, expect, it } from 'vitest';
import { overlaps } from './placement';
import { CALLOUT_HEIGHT, CALLOUT_WIDTH, calloutPosition } from './callout-position';

const viewport = { width: 1280, height: 720 };
const box = (p: { top: number; left: number }) => ({ ...p, width: CALLOUT_WIDTH, height: CALLOUT_HEIGHT });

it('sits to the right of a target with room there', () => {
  const target = { top: 40, left: 40, width: 80, height: 20 };
  const p = calloutPosition(target, viewport);
  expect(p.left).toBeGreaterThan(target.left + target.width);
});

it('goes below, then left, then above when the right is full', () => {
  const wide = { top: 40, left: 20, width: 1200, height: 30 };
  expect(calloutPosition(wide, viewport).top).toBeGreaterThan(wide.top + wide.height);
  const bottomRight = { top: 650, left: 1100, width: 150, height: 40 };
  expect(calloutPosition(bottomRight, viewport).left + CALLOUT_WIDTH).toBeLessThanOrEqual(bottomRight.left);
});

it('never covers its target and stays on screen', () => {
  for (const target of [
    { top: 0, left: 0, width: 10, height: 10 },
    { top: 700, left: 1270, width: 10, height: 10 },
    { top: 300, left: 600, width: 100, height: 30 },
    { top: 100, left: 0, width: 1280, height: 500 },
  ]) {
    const p = calloutPosition(target, viewport);
    expect(p.left).toBeGreaterThanOrEqual(0);
    expect(p.top).toBeGreaterThanOrEqual(0);
    if (target.height < 500) expect(overlaps(box(p), target)).toBe(false);
  }
});

it('a taller callout (a hint, the help text) is placed for its height: on screen, off its target', () => {
  const tall = 420;
  for (const target of [{ top: 500, left: 40, width: 300, height: 30 }, { top: 600, left: 900, width: 300, height: 30 }]) {
    const p = calloutPosition(target, viewport, tall);
    expect(p.top + tall).toBeLessThanOrEqual(viewport.height);
    expect(overlaps({ ...p, width: CALLOUT_WIDTH, height: tall }, target)).toBe(false);
  }
});

describe('leaves the next step\'s field free when it can', () => {
  // A form row as wide as the window: the callout cannot go right, and below is the next field.
  const field = { top: 250, left: 20, width: 1200, height: 30 };
  const nextField = { top: 300, left: 20, width: 1200, height: 30 };

  it('goes past the next field (below it, or above its target) instead of onto it', () => {
    const before = calloutPosition(field, viewport);
    expect(overlaps(box(before), nextField)).toBe(true);
    const p = calloutPosition(field, viewport, CALLOUT_HEIGHT, nextField);
    expect(overlaps(box(p), nextField)).toBe(false);
    expect(overlaps(box(p), field)).toBe(false);
    expect(p.top + CALLOUT_HEIGHT <= field.top || p.top >= nextField.top + nextField.height).toBe(true);
  });

  it('takes a corner when no side leaves both free', () => {
    const high = { top: 120, left: 20, width: 1200, height: 30 };
    const p = calloutPosition(high, viewport, CALLOUT_HEIGHT, { top: 170, left: 20, width: 1200, height: 30 });
    expect(overlaps(box(p), high)).toBe(false);
    expect(overlaps(box(p), { top: 170, left: 20, width: 1200, height: 30 })).toBe(false);
  });

  it('keeps the right side when the next field is below in the same column', () => {
    const twoFa = { top: 100, left: 200, width: 160, height: 24 };
    const retention = { top: 140, left: 200, width: 160, height: 24 };
    expect(calloutPosition(twoFa, viewport, CALLOUT_HEIGHT, retention)).toEqual(calloutPosition(twoFa, viewport));
  });

  it('moves past a wider next field in the row below, still beside its target (2FA, then bewaartermijnen)', () => {
    const twoFa = { top: 132, left: 225, width: 50, height: 22 };
    const retention = { top: 155, left: 225, width: 95, height: 22 };
    const p = calloutPosition(twoFa, viewport, CALLOUT_HEIGHT, retention);
    expect(overlaps(box(p), retention)).toBe(false);
    expect(overlaps(box(p), twoFa)).toBe(false);
    expect(p.left - (twoFa.left + twoFa.width)).toBeLessThan(80);
    expect(p.top).toBe(twoFa.top);
  });

  it('never covers this step\'s target to spare the next one', () => {
    const small = { width: 1280, height: 300 };
    const p = calloutPosition(field, small, CALLOUT_HEIGHT, { top: 0, left: 0, width: 1280, height: 300 });
    expect(overlaps(box(p), field)).toBe(false);
  });
});
