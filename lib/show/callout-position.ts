/**
 * Where a guide's callout goes: beside its target on the side with room (right, below,
 * left, above), so it never covers the target and covers as little of the page as it can.
 * When the next step's target is known (`next`: the field the user fills after this one), a
 * side that leaves it free wins: the user should not have to move the callout to go on.
 * Pure geometry, tested without a browser.
 */
import { overlaps, type Rect } from './placement';

export const CALLOUT_WIDTH = 340;
/** The height a callout is placed for before it has been measured (it grows with a hint or help). */
export const CALLOUT_HEIGHT = 190;
const GAP = 12;
const EDGE = 8;

export function calloutPosition(
  target: Rect,
  viewport: { width: number; height: number },
  height = CALLOUT_HEIGHT,
  next: Rect | null = null,
): { top: number; left: number } {
  const clampTop = (top: number) => Math.min(Math.max(EDGE, top), viewport.height - height - EDGE);
  const clampLeft = (left: number) => Math.min(Math.max(EDGE, left), viewport.width - CALLOUT_WIDTH - EDGE);
  const options = [
    { top: clampTop(target.top), left: target.left + target.width + GAP },
    // Past the next field too, still beside this one (a wider field in the row below).
    ...(next ? [{ top: clampTop(target.top), left: Math.max(target.left + target.width, next.left + next.width) + GAP }] : []),
    { top: target.top + target.height + GAP, left: clampLeft(target.left) },
    ...(next ? [{ top: Math.max(target.top + target.height, next.top + next.height) + GAP, left: clampLeft(target.left) }] : []),
    { top: clampTop(target.top), left: target.left - GAP - CALLOUT_WIDTH },
    { top: target.top - GAP - height, left: clampLeft(target.left) },
  ];
  const fits = (o: { top: number; left: number }) =>
    o.left >= EDGE && o.top >= EDGE && o.left + CALLOUT_WIDTH <= viewport.width - EDGE && o.top + height <= viewport.height - EDGE;
  const free = (o: { top: number; left: number }, rect: Rect) => !overlaps({ ...o, width: CALLOUT_WIDTH, height }, rect);
  const corners = [
    { top: EDGE, left: viewport.width - CALLOUT_WIDTH - EDGE },
    { top: viewport.height - height - EDGE, left: viewport.width - CALLOUT_WIDTH - EDGE },
  ];
  // The next target only where a side leaves both free; never at the cost of this step's target.
  const clear = (o: { top: number; left: number }) => free(o, target) && (!next || free(o, next));
  const spot = [...options.filter(fits), ...corners];
  return spot.find(clear) ?? spot.find((o) => free(o, target)) ?? corners[0]!;
}
