/**
 * "Wijs het aan": the page dims, the user points at the label of a part that was not found
 * (mouse, or Tab and Enter; Esc stops), sees the exact text OPP-wijzer will remember, and
 * confirms. OPP-wijzer never clicks or types on the page: the overlay takes the pointer so
 * the page does not act on the click.
 */
import { Component, createRef } from 'preact';
import { t, type Lang, type MessageKey } from '../lib/i18n';
import type { Refusal } from '../lib/taught/refusal';
import type { Pointer } from '../lib/read/point-candidates';

export interface PointAtProps {
  lang: Lang;
  /** The part (or parts, for the factors) the finding is about; the first is proposed. */
  parts: readonly string[];
  /** A part's name in the user's words. */
  partName(part: string): string;
  /** The page as this session points at it (lib/read/point-candidates.ts). */
  pointer: Pointer;
  refusalOf(label: string): Refusal | null;
  /** The part this label means already (taught before), if any. */
  meaningOf(label: string): string | null;
  onTeach(part: string, label: string): Promise<boolean>;
  onClose(): void;
}

type Step = { kind: 'pointing' } | { kind: 'confirm'; label: string; refusal: Refusal | null; was: string | null };

interface State {
  step: Step;
  current: Element | null;
  part: string;
  failed: boolean;
}

/**
 * A class, not hooks: the layers on host pages carry no preact/hooks (see Toggle.tsx), which
 * keeps the content scripts small.
 */
export class PointAt extends Component<PointAtProps, State> {
  private overlay = createRef<HTMLDivElement>();
  private confirmFirst = createRef<HTMLHeadingElement>();
  private list: Element[] = [];

  constructor(props: PointAtProps) {
    super(props);
    this.state = { step: { kind: 'pointing' }, current: null, part: props.parts[0]!, failed: false };
  }

  // Focus moves with the step at once (after the DOM update, before paint), so a key
  // pressed right after lands here.
  componentDidMount() {
    this.overlay.current?.focus();
  }

  componentDidUpdate(_: PointAtProps, before: State) {
    if (before.step.kind === this.state.step.kind) return;
    if (this.state.step.kind === 'pointing') this.overlay.current?.focus();
    else this.confirmFirst.current?.focus();
  }

  private choose(el: Element | null) {
    const label = el ? this.props.pointer.labelOf(el) : null;
    if (!label) return;
    const was = this.props.meaningOf(label);
    const part = was && this.props.parts.includes(was) ? was : this.state.part;
    this.setState({ part, step: { kind: 'confirm', label, refusal: this.props.refusalOf(label), was: was && was !== part ? was : null } });
  }

  private move(by: 1 | -1) {
    if (this.list.length === 0) this.list = this.props.pointer.candidates();
    const all = this.list;
    if (all.length === 0) return;
    const at = this.state.current ? all.indexOf(this.state.current) : -1;
    const next = all[(at + by + all.length) % all.length]!;
    next.scrollIntoView({ block: 'center' });
    this.setState({ current: next });
  }

  render() {
    const { lang, parts, partName, onClose } = this.props;
    const { step, part, failed, current } = this.state;
    if (step.kind === 'confirm') {
      const choices = [...new Set([...parts, ...(step.was ? [step.was] : [])])];
      return (
        <div class="point point--confirm" role="dialog" aria-modal="true" aria-labelledby="point-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
          <div class="point__panel">
            <h2 id="point-title" ref={this.confirmFirst} tabIndex={-1}>{t(lang, 'point.confirm.title')}</h2>
            {step.refusal ? (
              <p class="point__refused" role="alert">
                {t(lang, 'point.refused')} “{step.label}”: {t(lang, `point.refusal.${step.refusal}` as MessageKey)}
              </p>
            ) : (
              <>
                <p>{t(lang, 'point.confirm.text', { label: step.label })}</p>
                {choices.length > 1 ? (
                  <select aria-label={t(lang, 'point.confirm.title')} value={part} onChange={(e) => this.setState({ part: (e.target as HTMLSelectElement).value })}>
                    {choices.map((p) => (
                      <option key={p} value={p}>{partName(p)}</option>
                    ))}
                  </select>
                ) : (
                  <p class="point__part">{partName(part)}</p>
                )}
                {step.was && <p class="point__conflict">{t(lang, 'point.confirm.conflict', { onderdeel: partName(step.was) })}</p>}
                <p class="point__hint">{t(lang, 'point.confirm.all')}</p>
                {failed && <p role="alert">{t(lang, 'point.failed')}</p>}
              </>
            )}
            <p class="point__actions">
              {!step.refusal && (
                <button
                  type="button"
                  class="primary"
                  onClick={async () => {
                    if (await this.props.onTeach(part, step.label)) onClose();
                    else this.setState({ failed: true });
                  }}
                >
                  {t(lang, 'point.remember')}
                </button>
              )}{' '}
              <button type="button" onClick={() => this.setState({ step: { kind: 'pointing' } })}>{t(lang, 'point.again')}</button>{' '}
              <button type="button" onClick={onClose}>{t(lang, 'point.cancel')}</button>
            </p>
          </div>
        </div>
      );
    }

    const box = current?.getBoundingClientRect();
    const label = current ? this.props.pointer.labelOf(current) : null;
    return (
      <div
        ref={this.overlay}
        class="point"
        role="dialog"
        aria-modal="true"
        aria-label={t(lang, 'point.button')}
        tabIndex={-1}
        onPointerMove={(e) => this.setState({ current: this.props.pointer.candidateAt(e.clientX, e.clientY) })}
        onClick={(e) => {
          e.preventDefault();
          e.stopPropagation();
          this.choose(this.props.pointer.candidateAt(e.clientX, e.clientY));
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
          else if (e.key === 'Tab') {
            e.preventDefault();
            this.move(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            this.choose(current);
          }
        }}
      >
        {box ? <div class="point__box" style={{ top: `${box.top - 3}px`, left: `${box.left - 3}px`, width: `${box.width + 6}px`, height: `${box.height + 6}px` }} /> : <div class="point__dim" />}
        <div class="point__banner">
          <p>{t(lang, 'point.instruction', { onderdeel: partName(parts[0]!) })}</p>
          <p aria-live="polite">{label ? t(lang, 'point.current', { label }) : ''}</p>
        </div>
      </div>
    );
  }
}
