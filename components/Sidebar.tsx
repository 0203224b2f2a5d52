import type { Finding, Report, Status } from '../lib/contract';
import { t, type Lang, type MessageKey } from '../lib/i18n';
import { FindingItem } from './FindingItem';

export type Side = 'left' | 'right';

export interface SidebarProps {
  report: Report;
  /** False when the page could not be read well: a banner says so. */
  readable: boolean;
  lang: Lang;
  side: Side;
  /** Findings whose part can be pointed at on the page. */
  locatable(finding: Finding): boolean;
  /** A line under a finding after it was clicked ("Open ‘Hoorrecht’ om het te zien"). */
  hintOf?(finding: Finding): string | undefined;
  onSelect(finding: Finding): void;
  /** Findings whose part was not found and can be taught by pointing at its label. */
  pointable?(finding: Finding): boolean;
  onPoint?(finding: Finding): void;
  onCollapse(): void;
  onSwitchSide(): void;
  /** What the last action did ("Onthouden. …"): said where the user looks, not left to guess. */
  said?: string | null;
}

const GROUPS: { status: Status; heading: MessageKey }[] = [
  { status: 'fail', heading: 'sidebar.group.fail' },
  { status: 'review', heading: 'sidebar.group.review' },
  { status: 'pass', heading: 'sidebar.group.pass' },
];

/** The OPP checklist beside the page: Ontbreekt, Controleren, In orde; n/a folded away. */
export function Sidebar(props: SidebarProps) {
  const { report, readable, lang, side } = props;
  const count = (s: Status) => report.findings.filter((f) => f.status === s).length;
  const na = report.findings.filter((f) => f.status === 'n/a');
  const item = (f: Finding) => (
    <FindingItem key={f.rule} finding={f} lang={lang} locatable={props.locatable(f)} hint={props.hintOf?.(f)} onSelect={props.onSelect} onPoint={props.onPoint && props.pointable?.(f) ? props.onPoint : undefined} />
  );
  return (
    <aside class={`sidebar sidebar--${side}`} aria-label="OPP-wijzer" lang={lang}>
      <header class="sidebar__header">
        <h2 class="sidebar__title" tabIndex={-1}>
          OPP-wijzer
        </h2>
        <div class="sidebar__actions">
          <button type="button" onClick={props.onSwitchSide} aria-label={t(lang, side === 'right' ? 'sidebar.move-left' : 'sidebar.move-right')}>
            {side === 'right' ? '⇤' : '⇥'}
          </button>
          <button type="button" onClick={props.onCollapse} aria-label={t(lang, 'sidebar.collapse')}>
            ✕
          </button>
        </div>
      </header>
      <p class="sidebar__counts" aria-live="polite">
        {t(lang, 'sidebar.counts', { fail: count('fail'), review: count('review'), pass: count('pass') })}
      </p>
      {props.said && (
        <p class="said" role="status">
          {props.said}
        </p>
      )}
      {!readable && (
        <p class="sidebar__unreadable" role="status">
          {t(lang, 'sidebar.unreadable')}
        </p>
      )}
      {GROUPS.map(({ status, heading }) => {
        const findings = report.findings.filter((f) => f.status === status);
        if (findings.length === 0) return null;
        return (
          <section key={status} class={`group group--${status}`} aria-labelledby={`group-${status}`}>
            <h3 id={`group-${status}`}>
              {t(lang, heading)} ({findings.length})
            </h3>
            <ul>{findings.map(item)}</ul>
          </section>
        );
      })}
      {na.length > 0 && (
        <details class="group group--na">
          <summary>
            {t(lang, 'sidebar.group.na')} ({na.length})
          </summary>
          <ul>{na.map(item)}</ul>
        </details>
      )}
      <p class="sidebar__shortcut">{t(lang, 'sidebar.shortcut')}</p>
    </aside>
  );
}
