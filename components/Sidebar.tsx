import type { Finding, Report, Status } from '../lib/contract';
import { t, type Lang, type MessageKey } from '../lib/i18n';
import { FindingItem } from './FindingItem';
import { Toggle } from './Toggle';

export type Side = 'left' | 'right';

export interface SidebarProps {
  report: Report;
  /** False when the page could not be read well: a banner says so. */
  readable: boolean;
  lang: Lang;
  side: Side;
  /** Docked beside the page, which makes room for it (lib/show/dock.ts); else it floats over the page. */
  docked?: boolean;
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

/**
 * How the list opens (issue #25 items 2 and 7): a complete OPP is one line "Alles in orde (9)", and
 * a page where no part could be found (an overview with only "Download PDF", a page that could not
 * be read) is one line with one action, not ten cards each with "Wijs het aan". Both open the list
 * on a click. `full`: everything shown, as on any other page.
 */
export function listMode(report: Report, locatable: (f: Finding) => boolean): 'complete' | 'none-found' | 'full' {
  const { findings } = report;
  const checked = findings.filter((f) => f.status !== 'n/a');
  if (checked.length === 0) return 'full';
  if (checked.every((f) => f.status === 'pass')) return 'complete';
  if (checked.every((f) => f.status === 'review' && !locatable(f))) return 'none-found';
  return 'full';
}

/** The OPP checklist beside the page: Ontbreekt, Controleren, In orde; n/a folded away. */
export function Sidebar(props: SidebarProps) {
  const { report, readable, lang, side } = props;
  const count = (s: Status) => report.findings.filter((f) => f.status === s).length;
  const na = report.findings.filter((f) => f.status === 'n/a');
  const mode = listMode(report, props.locatable);
  const item = (f: Finding) => (
    <FindingItem key={f.rule} finding={f} lang={lang} locatable={props.locatable(f)} hint={props.hintOf?.(f)} onSelect={props.onSelect} onPoint={props.onPoint && props.pointable?.(f) ? props.onPoint : undefined} />
  );
  const moveKey = side === 'right' ? 'sidebar.move-left' : 'sidebar.move-right';
  return (
    <aside class={`sidebar sidebar--${side}${props.docked ? ' sidebar--docked' : ''}`} aria-label="OPP-wijzer" lang={lang}>
      <header class="sidebar__header">
        <h2 class="sidebar__title" tabIndex={-1}>
          OPP-wijzer
        </h2>
        <div class="sidebar__actions">
          <button type="button" class="sidebar__move" onClick={props.onSwitchSide} aria-label={t(lang, moveKey)} title={t(lang, moveKey)}>
            {side === 'right' && <span aria-hidden="true">⇤</span>}
            {t(lang, side === 'right' ? 'sidebar.move-left.short' : 'sidebar.move-right.short')}
            {side === 'left' && <span aria-hidden="true">⇥</span>}
          </button>
          <button type="button" class="sidebar__fold" onClick={props.onCollapse} aria-label={t(lang, 'sidebar.collapse')} title={t(lang, 'sidebar.collapse')}>
            <FoldIcon towards={side} />
          </button>
        </div>
      </header>
      {props.said && (
        <p class="said" role="status">
          {props.said}
        </p>
      )}
      {(!readable || mode === 'none-found') && (
        <p class="sidebar__unreadable" role="status">
          {t(lang, readable ? 'sidebar.none-found' : 'sidebar.unreadable')}
        </p>
      )}
      <Toggle>
        {(shown, show) => {
          const folded = mode !== 'full' && !shown;
          const opener = (key: MessageKey, n: number) => (
            <button type="button" class="sidebar__open-list" aria-expanded={shown} aria-controls="sidebar-list" onClick={() => show(!shown)}>
              {t(lang, key, { aantal: n })}
            </button>
          );
          return (
            <>
              <p class="sidebar__counts" aria-live="polite">
                {mode === 'complete'
                  ? opener('sidebar.all-ok', count('pass'))
                  : mode === 'none-found'
                    ? opener('sidebar.show-parts', count('review'))
                    : t(lang, 'sidebar.counts', { fail: count('fail'), review: count('review'), pass: count('pass') })}
              </p>
              <div id="sidebar-list" hidden={folded}>
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
              </div>
            </>
          );
        }}
      </Toggle>
      <p class="sidebar__shortcut">{t(lang, 'sidebar.shortcut')}</p>
    </aside>
  );
}

/** Fold towards the edge the panel sits at: a chevron pointing at a bar. */
function FoldIcon({ towards }: { towards: Side }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false" style={towards === 'left' ? { transform: 'scaleX(-1)' } : undefined}>
      <path d="M5 4l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
      <path d="M14 3v12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    </svg>
  );
}
