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
  /** The sidebar would cover a save button or a marked field on either side: fold it to its tab for now. */
  collapsed: boolean;
}

/** How much of a field's start the sidebar must leave free: its marker's label and first words sit there. */
export const FIELD_START = 160;

/**
 * Whether the sidebar at `side` would hide a marked field: its start, or more than half its
 * width. Only across the page, never by height, so the sidebar does not jump sides while the
 * user scrolls; a wide field whose end runs under the sidebar stays readable and usable.
 */
function hidesField(bar: Rect, field: Rect): boolean {
  const across = (from: number, to: number) => Math.max(0, Math.min(to, bar.left + bar.width) - Math.max(from, bar.left));
  const start = Math.min(FIELD_START, field.width);
  return across(field.left, field.left + start) > 0 || across(field.left, field.left + field.width) > field.width / 2;
}

/**
 * The user's side when it is free, else the other side, else folded. Free: no save button
 * under it, and no field OPP-wijzer marks (`marked`) hidden by it (a narrow window, 200 % zoom).
 */
export function place(preferred: Side, viewport: { width: number; height: number }, saveButtons: Rect[], marked: Rect[] = []): Placement {
  const free = (side: Side) => {
    const bar = sidebarRect(side, viewport.width, viewport.height);
    return !saveButtons.some((b) => overlaps(bar, b)) && !marked.some((f) => hidesField(bar, f));
  };
  if (free(preferred)) return { side: preferred, collapsed: false };
  const other: Side = preferred === 'right' ? 'left' : 'right';
  if (free(other)) return { side: other, collapsed: false };
  return { side: preferred, collapsed: true };
}

/**
 * The docked panel (issue #25 item 2): the sidebar takes a strip of the window and the page
 * narrows beside it (lib/show/dock.ts), so it covers no label, field or save bar. Width of
 * `.sidebar--docked` in components/sidebar.css.
 */
export const DOCK_WIDTH = 344;
/** Narrower than this beside the panel, a form is too cramped to work in: the panel floats (and may fold) instead. */
export const MIN_PAGE_WIDTH = 600;

/** A stretch across the window, in viewport px: what the page keeps beside the panel. */
export interface Span {
  left: number;
  right: number;
}

/** What the page keeps of a window `width` wide when the panel takes its strip at `side` (none: all of it). */
export function freeSpan(side: Side | null, width: number): Span {
  if (side === 'right') return { left: 0, right: Math.max(0, width - DOCK_WIDTH) };
  if (side === 'left') return { left: Math.min(width, DOCK_WIDTH), right: width };
  return { left: 0, right: width };
}

/**
 * How to get a fixed element (a save bar, a toast, a full-width header) out of the panel's strip:
 * moved across when it fits beside the panel, else given new left and right edges (narrowed).
 * Null: it is not in the strip.
 */
export type MoveOut = { shift: number } | { left: number; right: number } | null;

export function moveOut(box: { left: number; width: number }, free: Span): MoveOut {
  const right = box.left + box.width;
  if (box.width <= 0 || (box.left >= free.left && right <= free.right)) return null;
  if (box.width <= free.right - free.left) return { shift: right > free.right ? free.right - right : free.left - box.left };
  return { left: Math.max(box.left, free.left), right: Math.min(right, free.right) };
}

/**
 * A marker's label: after its field, before it, after it on two lines (`wrap`: in what is left
 * beside the panel), or, with no room either side, inside the field's top corner. Never above or
 * below the field: there it would cover the host's previous or next field.
 */
export type LabelAt = 'after' | 'before' | 'wrap' | 'inside';
/** Gap between a field's marker and its label (components/sidebar.css `.marker__label`). */
export const LABEL_GAP = 6;
/** Narrower than this, a wrapped label takes more lines than a field is high. */
const MIN_WRAP = 120;

/** Where a label `labelWidth` wide goes beside a marker's box (its outline included). */
export function labelAt(box: { left: number; width: number }, labelWidth: number, free: Span): LabelAt {
  const after = free.right - (box.left + box.width + LABEL_GAP);
  if (labelWidth <= after) return 'after';
  if (box.left - LABEL_GAP - labelWidth >= free.left) return 'before';
  return after >= MIN_WRAP ? 'wrap' : 'inside';
}
