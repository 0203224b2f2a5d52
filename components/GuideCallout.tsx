import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CALLOUT_HEIGHT, calloutPosition } from '../lib/show/callout-position';
import type { Rect } from '../lib/show/placement';
import { Toggle } from './Toggle';

/** What the page says after the guide's save: registered (pass), or what is still missing. */
export interface CalloutNote {
  status: 'pass' | 'fail' | 'review';
  text: string;
}

/** The note after a save: a status, so a screen reader says it when it appears. */
function Note({ note }: { note?: CalloutNote }) {
  return note ? (
    <p class={`callout__note callout__note--${note.status}`} role="status">
      {note.text}
    </p>
  ) : null;
}

export interface CalloutProps {
  title: string;
  progress: string;
  instruction: string;
  /** A hint beside the instruction (the OPP's start date as suggested begindatum). */
  hint?: string;
  /** After the guide's save: what the page, read again, says of it. */
  note?: CalloutNote;
  /** The target on the page; null: the callout stands centred (target not here or none). */
  anchor: Rect | null;
  /** The next step's target, when it is on the page already: the callout leaves it free if it can. */
  next?: Rect | null;
  /** The step has a target but it is not on this page. */
  missing: boolean;
  skippable: boolean;
  /** Where to look, for a step that can't be skipped. */
  help?: string;
  labels: { skip: string; stop: string; notFound: string; notHere: string; mustDo: string; escape: string };
  onSkip(): void;
  onStop(): void;
}


/** One guide step: anchored to its target, or centred when the target is not on the page. */
export function GuideCallout(props: CalloutProps) {
  return <Toggle>{(askedHelp, setAskedHelp) => <Callout {...props} askedHelp={askedHelp} askHelp={() => setAskedHelp(true)} />}</Toggle>;
}

function Callout(props: CalloutProps & { askedHelp: boolean; askHelp(): void }) {
  const { askedHelp } = props;
  // Placed for the height it really has: a hint or the help text makes it taller, and placed
  // for a fixed height it ran off the screen and hid "Stoppen".
  const box = useRef<HTMLElement>(null);
  const [height, setHeight] = useState(CALLOUT_HEIGHT);
  useLayoutEffect(() => {
    const measured = box.current?.offsetHeight ?? 0;
    if (measured > 0 && Math.abs(measured - height) > 1) setHeight(measured);
  });
  const place = props.anchor ? calloutPosition(props.anchor, { width: innerWidth, height: innerHeight }, height, props.next ?? null) : null;
  return (
    <>
      {props.anchor && (
        <div
          class="guide-outline"
          aria-hidden="true"
          style={{ top: `${props.anchor.top - 4}px`, left: `${props.anchor.left - 4}px`, width: `${props.anchor.width + 8}px`, height: `${props.anchor.height + 8}px` }}
        />
      )}
      <section
        ref={box}
        class={place ? 'callout' : 'callout callout--centred'}
        style={place ? { top: `${place.top}px`, left: `${place.left}px` } : undefined}
        role="dialog"
        aria-modal="false"
        aria-labelledby="guide-title"
        aria-describedby="guide-instruction"
        tabIndex={-1}
      >
        <div class="callout__text">
        <p class="callout__progress">
          <span id="guide-title">{props.title}</span> · {props.progress}
        </p>
        <Note note={props.note} />
        <p id="guide-instruction" class="callout__instruction">
          {props.instruction}
        </p>
        {props.hint && <p class="callout__hint">{props.hint}</p>}
        {props.missing && <p class="callout__missing">{props.labels.notHere}</p>}
        {askedHelp && props.help && (
          <p class="callout__help" role="status">
            {props.labels.mustDo} {props.help}
          </p>
        )}
        </div>
        <div class="callout__actions">
          {props.missing && !props.skippable && props.help && !askedHelp && (
            <button type="button" onClick={props.askHelp}>
              {props.labels.notFound}
            </button>
          )}
          {props.skippable && (
            <button type="button" onClick={props.onSkip}>
              {props.missing ? props.labels.notFound : props.labels.skip}
            </button>
          )}
          <button type="button" onClick={props.onStop}>
            {props.labels.stop}
          </button>
        </div>
        <p class="callout__escape">{props.labels.escape}</p>
      </section>
    </>
  );
}

export function GuideFinished({ text, note, close, onClose }: { text: string; note?: CalloutNote; close: string; onClose(): void }) {
  return (
    <section class="callout callout--centred" role="status">
      <Note note={note} />
      <p class="callout__instruction">{text}</p>
      <div class="callout__actions">
        <button type="button" onClick={onClose}>
          {close}
        </button>
      </div>
    </section>
  );
}
