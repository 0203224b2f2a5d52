import type { Status } from '../lib/contract';
import { LABEL_GAP, labelAt, type Span } from '../lib/show/placement';

export interface Marker {
  /** Unique among the markers: a finding may mark several fields. */
  key: string;
  rule: string;
  status: Status;
  label: string;
  /** Viewport coordinates of the part on the host page. */
  top: number;
  left: number;
  width: number;
  height: number;
  flash: boolean;
}

/** The label's font (components/sidebar.css `.marker__label`) and its padding. */
const LABEL_FONT = '600 12px system-ui, sans-serif';
const LABEL_PADDING = 12;
let ruler: CanvasRenderingContext2D | null | undefined;
/** How wide a label is drawn: measured on a canvas of our own (nothing of the page is read), else a generous guess. */
function labelWidth(text: string): number {
  if (ruler === undefined) {
    try {
      ruler = document.createElement('canvas').getContext('2d');
    } catch {
      ruler = null;
    }
  }
  if (!ruler) return text.length * 7.5 + LABEL_PADDING;
  ruler.font = LABEL_FONT;
  return Math.ceil(ruler.measureText(text).width) + LABEL_PADDING + 2;
}

/**
 * Outlines drawn in the extension's own layer over the host's parts: the host is never restyled.
 * `free`: the part of the window beside the sidebar (lib/show/placement.ts `freeSpan`): each
 * outline is cut to it and its label placed where it stays whole in it, never under the panel.
 */
export function Markers({ markers, free }: { markers: Marker[]; free?: Span }) {
  return (
    <div class="markers" aria-hidden="true">
      {markers.map((m) => {
        let left = m.left - 3;
        let right = m.left + m.width + 3;
        if (free) [left, right] = [Math.max(left, free.left), Math.min(right, free.right)];
        if (right <= left) return null;
        const at = free ? labelAt({ left, width: right - left }, labelWidth(m.label), free) : 'after';
        const wrap = at === 'wrap' && free ? { maxWidth: `${free.right - right - LABEL_GAP - 2}px` } : undefined;
        return (
          <div
            key={m.key}
            class={`marker marker--${m.status}${m.flash ? ' marker--flash' : ''}`}
            data-rule={m.rule}
            style={{ top: `${m.top - 3}px`, left: `${left}px`, width: `${right - left}px`, height: `${m.height + 6}px` }}
          >
            <span class={`marker__label marker__label--${at}`} style={wrap}>
              {m.label}
            </span>
          </div>
        );
      })}
    </div>
  );
}
