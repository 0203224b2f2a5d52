import '../lib/i18n-ui';
import { useEffect, useState } from 'preact/hooks';
import type { Finding, Report } from '../lib/contract';
import { guideForRule } from '../lib/guides/guide-for-rule';
import { t, type Lang, type MessageKey } from '../lib/i18n';
import { sourceOf } from '../lib/judge/rule-sources';
import { PROCESS_CHECKLIST } from '../lib/show/process-checklist';
import { DecisionAid } from './DecisionAid';

export interface PopupApi {
  tabId: number | null;
  report: Report | null;
  /** OPP-wijzer's own code failed to read the tab's page (lib/show/guarded.ts). */
  readFailed: boolean;
  focus(rule: string): void;
  startGuide(guide: string): void;
  savePageSample(): Promise<boolean>;
  openOptions(): void;
  /** Opens the ROD-controle page of the whole school in a tab. */
  openRodControle(): void;
}

/** As in the sidebar: what is missing first. */
const ORDER = { fail: 0, review: 1, pass: 2, 'n/a': 3 } as const;

/** Where a message of the popup shows: beside the button that caused it, never 600 px below. */
type Said = { text: string; at: string } | null;

/**
 * One click on the toolbar icon: the page's checklist, or the OPP process checklist elsewhere.
 * The browser caps a popup at 600 px high: the actions come first, what is in order and each
 * step's explanation and source fold, and feedback appears beside its button.
 */
export function Popup({ lang, api }: { lang: Lang; api: PopupApi }) {
  const [view, setView] = useState<'main' | 'needed'>('main');
  const [said, say] = useState<Said>(null);
  const onApp = api.report !== null && api.report.page !== 'other';
  useEffect(() => say(null), [view]);
  if (view === 'needed') {
    return (
      <main class="popup" lang={lang}>
        <h1>OPP-wijzer</h1>
        <button type="button" onClick={() => setView('main')}>
          {t(lang, 'popup.back')}
        </button>
        <DecisionAid lang={lang} />
      </main>
    );
  }
  const saidAt = (at: string) => said?.at === at && <p role="status">{said.text}</p>;
  /** The page's structure without its contents, for the makers (where the page was read, or could not be). */
  const sample = (
    <>
      <button
        type="button"
        onClick={() => void api.savePageSample().then((ok) => say({ text: t(lang, ok ? 'popup.sample.saved' : 'popup.sample.failed'), at: 'sample' }))}
      >
        {t(lang, 'popup.sample')}
      </button>
      {saidAt('sample')}
      <p class="hint">{t(lang, 'popup.sample.hint')}</p>
    </>
  );
  const findings = onApp ? [...api.report!.findings].sort((a, b) => ORDER[a.status] - ORDER[b.status]) : [];
  const open = findings.filter((f) => f.status === 'fail' || f.status === 'review');
  const settled = findings.filter((f) => f.status === 'pass' || f.status === 'n/a');
  /** The next step, the one filled button (#25): the first open finding's guide, or else a way to it; with nothing open, the first question of the process. */
  const next = open[0];
  const nextHasGuide = !!next && !!guideForRule(next.rule);
  const item = (f: Finding) => {
    const guide = guideForRule(f.rule);
    const isNext = f === next;
    return (
      <li key={f.rule} class={`finding finding--${f.status.replace('/', '')}`} data-rule={f.rule}>
        <span class="finding__status">{t(lang, `status.${f.status}` as MessageKey)}</span>{' '}
        <button type="button" class="link" onClick={() => api.focus(f.rule)}>
          {t(lang, `rule.${f.rule}` as MessageKey)}
        </button>
        <p>{f.message}</p>
        {guide && f.status !== 'pass' && f.status !== 'n/a' && (
          <button type="button" class={isNext ? 'primary' : undefined} onClick={() => api.startGuide(guide)}>
            {t(lang, 'banner.show-how')}
          </button>
        )}
        {isNext && !nextHasGuide && (
          <button type="button" class="primary" onClick={() => api.focus(f.rule)}>
            {t(lang, 'popup.goto')}
          </button>
        )}
      </li>
    );
  };
  return (
    <main class="popup" lang={lang}>
      <h1>OPP-wijzer</h1>
      <p class="actions">
        <button type="button" class={next ? undefined : 'primary'} onClick={() => setView('needed')}>
          {t(lang, 'needed.title')}
        </button>
        <button type="button" onClick={api.openRodControle}>
          {t(lang, 'overzicht.open')}
        </button>
        <button type="button" onClick={api.openOptions}>
          {t(lang, 'popup.options')}
        </button>
      </p>
      {api.readFailed && (
        <section aria-labelledby="read-failed-title" class="read-failed">
          <h2 id="read-failed-title">{t(lang, 'popup.read-failed.title')}</h2>
          <p>{t(lang, 'popup.read-failed.text')}</p>
          {sample}
        </section>
      )}
      {onApp ? (
        <section aria-labelledby="page-title">
          <h2 id="page-title">{t(lang, 'popup.page.title')}</h2>
          <ul class="findings">{open.map(item)}</ul>
          {settled.length > 0 && (
            <details class="fold">
              <summary>{t(lang, 'popup.passed', { aantal: settled.length })}</summary>
              <ul class="findings">{settled.map(item)}</ul>
            </details>
          )}
          {!api.readFailed && (
            <details class="fold">
              <summary>{t(lang, 'popup.makers')}</summary>
              {sample}
            </details>
          )}
          {findings.some((f) => sourceOf(f.rule)) && <p class="hint">{t(lang, 'popup.sources')}</p>}
        </section>
      ) : (
        <section aria-labelledby="process-title">
          <h2 id="process-title">{t(lang, 'popup.process.title')}</h2>
          <ol class="process">
            {PROCESS_CHECKLIST.map((step) => (
              <li key={step.id} data-step={step.id}>
                {/* One step open at a time (details with one name): the list stays within the popup. */}
                <details class="fold" name="process-step">
                  <summary>{t(lang, step.title)}</summary>
                  <p>{t(lang, step.text)}</p>
                  <details class="fold fold--source">
                    <summary>{t(lang, 'popup.source')}</summary>
                    <p class="source">{t(lang, step.source)}</p>
                  </details>
                  {step.checked && (
                    <p class="checked" data-rule={step.checked.rule}>
                      {t(lang, 'checklist.checked', { waar: t(lang, step.checked.where) })}
                    </p>
                  )}
                  {step.decide && (
                    <button type="button" onClick={() => setView('needed')}>
                      {t(lang, 'needed.title')}
                    </button>
                  )}
                  {step.guides.map((g) => (
                    <button
                      key={g}
                      type="button"
                      onClick={() => {
                        api.startGuide(g);
                        say({ text: t(lang, 'popup.guide.later'), at: step.id });
                      }}
                    >
                      {t(lang, 'banner.show-how')}: {t(lang, `guide.${g}.title` as MessageKey)}
                    </button>
                  ))}
                  {saidAt(step.id)}
                </details>
              </li>
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}
