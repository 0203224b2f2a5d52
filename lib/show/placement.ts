/**
 * Where the sidebar may sit: never over the host's own save buttons. Pure geometry, so it
 * is tested without a browser. Sizes match components/sidebar.css.
 */
import type { Side } from '../../components/Sidebar';

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export const SIDEBAR_WIDTH = 320;
export const SIDEBAR_MARGIN = 12;

export function sidebarRect(side: Side, viewportWidth: number, viewportHeight: number): Rect {
  const left = side === 'right' ? viewportWidth - SIDEBAR_MARGIN - SIDEBAR_WIDTH : SIDEBAR_MARGIN;
  return { top: SIDEBAR_MARGIN, left, width: SIDEBAR_WIDTH, height: viewportHeight - 2 * SIDEBAR_MARGIN };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

export interface Placement {
  side: Side;
  /** The sidebar would cover a save button on either side: fold it to its tab for now. */
  collapsed: boolean;
}

/** The user's side when it is free, else the other side, else folded. */
export function place(preferred: Side, viewport: { width: number; height: number }, saveButtons: Rect[]): Placement {
  const free = (side: Side) => !saveButtons.some((b) => overlaps(sidebarRect(side, viewport.width, viewport.height), b));
  if (free(preferred)) return { side: preferred, collapsed: false };
  const other: Side = preferred === 'right' ? 'left' : 'right';
  if (free(other)) return { side: other, collapsed: false };
  return { side: preferred, collapsed: true };
}
