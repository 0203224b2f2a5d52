import { Component, type ComponentChildren } from 'preact';
import { t, type Lang } from '../lib/i18n';
import closeCss from './note-close.css?inline';
import { closeNote, comesBack, isClosed, loadClosed, watchClosed, type Closed, type NoteKind, type NoteState } from '../lib/show/closed-notes';

/** A close kept elsewhere than per kind of note: the ParnasSys badge is closed per pupil (their link). */
export interface OwnClose {
  /** What the note said when it was closed; null: not closed. */
  closed: NoteState | null;
  onClose(state: NoteState): void;
}

interface Props {
  /** The kind of note, when its close is remembered per kind (lib/show/closed-notes.ts). */
  kind?: NoteKind;
  /** Or: where the close is kept instead (the pupil's link). */
  own?: OwnClose;
  /** What the note says now, as check id → status: it comes back when this is worse than when it was closed. */
  state: NoteState;
  lang: Lang;
  /** The note, given its close button to place. */
  children: (close: ComponentChildren) => ComponentChildren;
}

/**
 * A note on a host page that the user can close (✕), remembered per kind of note
 * (lib/show/closed-notes.ts). Nothing is drawn until the stored state is read, so a closed note
 * never flashes on load. A class, not hooks: the layers on host pages carry no preact/hooks
 * (see Toggle.tsx).
 */
export class ClosableNote extends Component<Props, { closed: Closed | null; closedHere: NoteState | null }> {
  override state = { closed: null as Closed | null, closedHere: null as NoteState | null };
  private unwatch: () => void = () => undefined;

  override componentDidMount() {
    if (!this.props.kind) return;
    // Another tab closing the same kind, or "Alle gegevens wissen", shows here at once.
    this.unwatch = watchClosed((closed) => this.setState({ closed }));
    void loadClosed().then((closed) => this.setState((s) => (s.closed ? s : { closed })));
  }

  override componentWillUnmount() {
    this.unwatch();
  }

  private close = () => {
    const { kind, own, state } = this.props;
    // Closed here at once; remembered for the next page (a failed write only costs that).
    this.setState({ closedHere: state });
    if (own) own.onClose(state);
    else if (kind) {
      this.setState({ closed: { ...this.state.closed, [kind]: state } });
      void closeNote(kind, state);
    }
  };

  /** Whether the note is hidden: closed here, or remembered closed, and nothing worse since. */
  private hidden(): boolean {
    const { kind, own, state } = this.props;
    const { closed, closedHere } = this.state;
    if (closedHere && !comesBack(closedHere, state)) return true;
    if (own) return !!own.closed && !comesBack(own.closed, state);
    // Nothing is drawn until the stored state is read: a closed note never flashes on load.
    return !closed || (!!kind && isClosed(closed, kind, state));
  }

  override render() {
    const { lang } = this.props;
    if (this.hidden()) return null;
    return (
      <>
        <style>{closeCss}</style>
        {this.props.children(
          <button type="button" class="note__close" onClick={this.close} aria-label={t(lang, 'note.close')} title={t(lang, 'note.close')}>
            <span aria-hidden="true">✕</span>
          </button>,
        )}
      </>
    );
  }
}
