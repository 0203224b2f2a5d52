import type { Status } from '../lib/contract';

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

/** Outlines drawn in the extension's own layer over the host's parts: the host is never restyled. */
export function Markers({ markers }: { markers: Marker[] }) {
  return (
    <div class="markers" aria-hidden="true">
      {markers.map((m) => (
        <div
          key={m.key}
          class={`marker marker--${m.status}${m.flash ? ' marker--flash' : ''}`}
          data-rule={m.rule}
          style={{ top: `${m.top - 3}px`, left: `${m.left - 3}px`, width: `${m.width + 6}px`, height: `${m.height + 6}px` }}
        >
          <span class="marker__label">{m.label}</span>
        </div>
      ))}
    </div>
  );
}
