import '../lib/i18n-ui';
import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../lib/contract';
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

/** One click on the toolbar icon: the page's checklist, or the OPP process checklist elsewhere. */
export function Popup({ lang, api }: { lang: Lang; api: PopupApi }) {
  const [view, setView] = useState<'main' | 'needed'>('main');
  const [status, setStatus] = useState<string>('');
  const onApp = api.report !== null && api.report.page !== 'other';
  useEffect(() => setStatus(''), [view]);
  if (view === 'needed') {
    return (
      <main class="popup" lang={lang}>
        <button type="button" onClick={() => setView('main')}>
          {t(lang, 'popup.back')}
        </button>
        <DecisionAid lang={lang} />
      </main>
    );
  }
  /** The page's structure without its contents, for the makers (where the page was read, or could not be). */
  const sample = (
    <>
      <button
        type="button"
        onClick={() => void api.savePageSample().then((ok) => setStatus(t(lang, ok ? 'popup.sample.saved' : 'popup.sample.failed')))}
      >
        {t(lang, 'popup.sample')}
      </button>
      <p class="hint">{t(lang, 'popup.sample.hint')}</p>
    </>
  );
  return (
    <main class="popup" lang={lang}>
      <h1>OPP-wijzer</h1>
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
          <ul class="findings">
            {[...api.report!.findings].sort((a, b) => ORDER[a.status] - ORDER[b.status]).map((f) => {
              const guide = guideForRule(f.rule);
              return (
                <li key={f.rule} class={`finding finding--${f.status.replace('/', '')}`} data-rule={f.rule}>
                  <span class="finding__status">{t(lang, `status.${f.status}` as MessageKey)}</span>{' '}
                  <button type="button" class="link" onClick={() => api.focus(f.rule)}>
                    {t(lang, `rule.${f.rule}` as MessageKey)}
                  </button>
                  <p>{f.message}</p>
                  {guide && f.status !== 'pass' && f.status !== 'n/a' && (
                    <button type="button" onClick={() => api.startGuide(guide)}>
                      {t(lang, 'banner.show-how')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {sample}
        </section>
      ) : (
        <section aria-labelledby="process-title">
          <h2 id="process-title">{t(lang, 'popup.process.title')}</h2>
          <ol class="process">
            {PROCESS_CHECKLIST.map((item) => (
              <li key={item.id} data-step={item.id}>
                <p>{t(lang, item.text)}</p>
                <p class="source">{t(lang, item.source)}</p>
                {item.checked && (
                  <p class="checked" data-rule={item.checked.rule}>
                    {t(lang, 'checklist.checked', { waar: t(lang, item.checked.where) })}
                  </p>
                )}
                {item.decide && (
                  <button type="button" onClick={() => setView('needed')}>
                    {t(lang, 'needed.title')}
                  </button>
                )}
                {item.guides.map((g) => (
                  <button
                    key={g}
                    type="button"
                    onClick={() => {
                      api.startGuide(g);
                      setStatus(t(lang, 'popup.guide.later'));
                    }}
                  >
                    {t(lang, 'banner.show-how')}: {t(lang, `guide.${g}.title` as MessageKey)}
                  </button>
                ))}
              </li>
            ))}
          </ol>
        </section>
      )}
      {status && <p role="status">{status}</p>}
      <p class="actions">
        <button type="button" onClick={() => setView('needed')}>
          {t(lang, 'needed.title')}
        </button>{' '}
        <button type="button" onClick={api.openRodControle}>
          {t(lang, 'overzicht.open')}
        </button>{' '}
        <button type="button" onClick={api.openOptions}>
          {t(lang, 'popup.options')}
        </button>
      </p>
      {onApp && api.report!.findings.some((f) => sourceOf(f.rule)) && <p class="hint">{t(lang, 'popup.sources')}</p>}
    </main>
  );
}
