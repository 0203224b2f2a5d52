/**
 * "Wijs het aan": the page dims, the user points at the label of a part that was not found
 * (mouse, or Tab and Enter; Esc stops), sees the exact text OPP-wijzer will remember, and
 * confirms. OPP-wijzer never clicks or types on the page: the overlay takes the pointer so
 * the page does not act on the click.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../lib/i18n';
import type { Refusal } from '../lib/taught/refusal';

export interface PointAtProps {
  lang: Lang;
  /** The part (or parts, for the factors) the finding is about; the first is proposed. */
  parts: readonly string[];
  /** A part's name in the user's words. */
  partName(part: string): string;
  /** Elements that can be pointed at, in page order. */
  candidates(): Element[];
  candidateAt(x: number, y: number): Element | null;
  labelOf(el: Element): string | null;
  refusalOf(label: string): Refusal | null;
  /** The part this label means already (taught before), if any. */
  meaningOf(label: string): string | null;
  onTeach(part: string, label: string): Promise<boolean>;
  onClose(): void;
}

type Step = { kind: 'pointing' } | { kind: 'confirm'; label: string; refusal: Refusal | null; was: string | null };

export function PointAt(props: PointAtProps) {
  const { lang } = props;
  const [step, setStep] = useState<Step>({ kind: 'pointing' });
  const [current, setCurrent] = useState<Element | null>(null);
  const [part, setPart] = useState<string>(props.parts[0]!);
  const [failed, setFailed] = useState(false);
  const overlay = useRef<HTMLDivElement>(null);
  const confirmFirst = useRef<HTMLElement>(null);
  const list = useRef<Element[]>([]);

  // Focus moves with the step at once (a layout effect), so a key pressed right after lands here.
  useLayoutEffect(() => {
    if (step.kind === 'pointing') overlay.current?.focus();
    else confirmFirst.current?.focus();
  }, [step.kind]);

  const choose = (el: Element | null) => {
    const label = el ? props.labelOf(el) : null;
    if (!label) return;
    const was = props.meaningOf(label);
    if (was && props.parts.includes(was)) setPart(was);
    setStep({ kind: 'confirm', label, refusal: props.refusalOf(label), was: was && was !== part ? was : null });
  };

  const move = (by: 1 | -1) => {
    if (list.current.length === 0) list.current = props.candidates();
    const all = list.current;
    if (all.length === 0) return;
    const at = current ? all.indexOf(current) : -1;
    const next = all[(at + by + all.length) % all.length]!;
    next.scrollIntoView({ block: 'center' });
    setCurrent(next);
  };

  if (step.kind === 'confirm') {
    return (
      <div class="point point--confirm" role="dialog" aria-modal="true" aria-labelledby="point-title" onKeyDown={(e) => e.key === 'Escape' && props.onClose()}>
        <div class="point__panel">
          <h2 id="point-title" ref={confirmFirst as never} tabIndex={-1}>{t(lang, 'point.confirm.title')}</h2>
          {step.refusal ? (
            <p class="point__refused" role="alert">
              {t(lang, 'point.refused')} “{step.label}”: {t(lang, `point.refusal.${step.refusal}` as MessageKey)}
            </p>
          ) : (
            <>
              <p>{t(lang, 'point.confirm.text', { label: step.label })}</p>
              {props.parts.length > 1 || step.was ? (
                <select aria-label={t(lang, 'point.confirm.title')} value={part} onChange={(e) => setPart((e.target as HTMLSelectElement).value)}>
                  {[...new Set([...props.parts, ...(step.was ? [step.was] : [])])].map((p) => (
                    <option key={p} value={p}>{props.partName(p)}</option>
                  ))}
                </select>
              ) : (
                <p class="point__part">{props.partName(part)}</p>
              )}
              {step.was && <p class="point__conflict">{t(lang, 'point.confirm.conflict', { onderdeel: props.partName(step.was) })}</p>}
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
                  const ok = await props.onTeach(part, step.label);
                  if (ok) props.onClose();
                  else setFailed(true);
                }}
              >
                {t(lang, 'point.remember')}
              </button>
            )}{' '}
            <button type="button" onClick={() => setStep({ kind: 'pointing' })}>{t(lang, 'point.again')}</button>{' '}
            <button type="button" onClick={props.onClose}>{t(lang, 'point.cancel')}</button>
          </p>
        </div>
      </div>
    );
  }

  const box = current?.getBoundingClientRect();
  const label = current ? props.labelOf(current) : null;
  return (
    <div
      ref={overlay}
      class="point"
      role="dialog"
      aria-modal="true"
      aria-label={t(lang, 'point.button')}
      tabIndex={-1}
      onPointerMove={(e) => setCurrent(props.candidateAt(e.clientX, e.clientY))}
      onClick={(e) => {
        e.preventDefault();
        e.stopPropagation();
        choose(props.candidateAt(e.clientX, e.clientY));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
        else if (e.key === 'Tab') {
          e.preventDefault();
          move(e.shiftKey ? -1 : 1);
        } else if (e.key === 'Enter') {
          e.preventDefault();
          choose(current);
        }
      }}
    >
      {box ? <div class="point__box" style={{ top: `${box.top - 3}px`, left: `${box.left - 3}px`, width: `${box.width + 6}px`, height: `${box.height + 6}px` }} /> : <div class="point__dim" />}
      <div class="point__banner">
        <p>{t(lang, 'point.instruction', { onderdeel: props.partName(props.parts[0]!) })}</p>
        <p aria-live="polite">{label ? t(lang, 'point.current', { label }) : ''}</p>
      </div>
    </div>
  );
}
