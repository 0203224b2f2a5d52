import { Component, type ComponentChildren } from 'preact';
import { t, type Lang } from '../lib/i18n';
import closeCss from './note-close.css?inline';
import { closeNote, isClosed, loadClosed, watchClosed, type Closed, type NoteKind, type NoteState } from '../lib/show/closed-notes';

interface Props {
  kind: NoteKind;
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
export class ClosableNote extends Component<Props, { closed: Closed | null }> {
  override state = { closed: null as Closed | null };
  private unwatch: () => void = () => undefined;

  override componentDidMount() {
    // Another tab closing the same kind, or "Alle gegevens wissen", shows here at once.
    this.unwatch = watchClosed((closed) => this.setState({ closed }));
    void loadClosed().then((closed) => this.setState((s) => (s.closed ? s : { closed })));
  }

  override componentWillUnmount() {
    this.unwatch();
  }

  private close = () => {
    const { kind, state } = this.props;
    // Closed here at once; remembered for the next page (a failed write only costs that).
    this.setState({ closed: { ...this.state.closed, [kind]: state } });
    void closeNote(kind, state);
  };

  override render() {
    const { closed } = this.state;
    const { kind, state, lang } = this.props;
    if (!closed || isClosed(closed, kind, state)) return null;
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
