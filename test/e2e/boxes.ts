/** Where things are on the screen, as the user sees them. */

type Boxed = { boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null> };

/** Whether `over` (a marker, an outline) lies on `target`: 80 % of the target's box covered. */
export async function covers(over: Boxed, target: Boxed): Promise<boolean> {
  const [m, t] = [await over.boundingBox(), await target.boundingBox()];
  if (!m || !t) return false;
  const overlap = Math.max(0, Math.min(m.x + m.width, t.x + t.width) - Math.max(m.x, t.x)) * Math.max(0, Math.min(m.y + m.height, t.y + t.height) - Math.max(m.y, t.y));
  return overlap >= 0.8 * t.width * t.height;
}
