import '../lib/i18n-ui';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { langFrom, t, type MessageKey } from '../lib/i18n';
import { ALL_RULES } from '../lib/judge/rule-index';
import { linkStatus, wipeAll, type LinkStatus } from '../lib/privacy/link-client';
import { saveFile } from '../lib/show/tab-client';
import { forget } from '../lib/taught/taught-client';
import { TaughtLabels } from './TaughtLabels';
import { WhatsNew } from './WhatsNew';
import { newsShown, pendingNews } from '../lib/whats-new/whats-new-client';
import { changeUserOptions, loadSettings, withUserOptions, type Settings } from '../lib/settings/settings-store';
import type { UserOptions } from '../lib/settings/user-options';

/** OPP-wijzer's settings: language, evaluation advice, checks, stored data, board policy. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [links, setLinks] = useState<LinkStatus | null>(null);
  const [wiped, setWiped] = useState(false);
  const [news, setNews] = useState<readonly MessageKey[]>([]);
  /** Which option was saved last: "Opgeslagen" shows beside it, not nowhere. */
  const [saved, setSaved] = useState<string | null>(null);
  const reload = () => void loadSettings().then(setSettings);
  useEffect(reload, []);
  useEffect(() => {
    void pendingNews().then(setNews, () => setNews([]));
  }, []);
  useEffect(() => {
    void linkStatus().then(setLinks, () => setLinks(null));
  }, [wiped]);
  if (!settings) return null;
  const lang = settings.lang ?? langFrom(navigator.language);
  const locked = (key: 'language' | 'evaluationsAdvised' | 'disabledChecks') => settings.lockedByPolicy.includes(key);
  const save = (change: Partial<UserOptions>, where: string) => {
    setSaved(null);
    // Shown at once: a controlled box that waited for storage would flip back under the click.
    setSettings(withUserOptions(settings, change));
    void changeUserOptions(change).then(() => {
      setSaved(where);
      reload();
    });
  };
  const savedAt = (where: string) => saved === where && <span class="saved" role="status"> {t(lang, 'options.saved')}</span>;
  const byPolicy = <span class="hint"> {t(lang, 'options.locked')}</span>;

  return (
    <main class="page" lang={lang}>
      <h1>{t(lang, 'options.title')}</h1>
      <WhatsNew lang={lang} version={browser.runtime.getManifest().version} news={news} onShown={() => void newsShown().catch(() => undefined)} />

      <section aria-labelledby="opt-lang">
        <h2 id="opt-lang">{t(lang, 'options.language')}</h2>
        <select
          aria-labelledby="opt-lang"
          disabled={locked('language')}
          value={settings.user.language ?? ''}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            save({ language: v === 'nl' || v === 'en' ? v : undefined }, 'language');
          }}
        >
          <option value="">{t(lang, 'options.language.auto')}</option>
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
        {savedAt('language')}
        {locked('language') && byPolicy}
      </section>

      <section aria-labelledby="opt-eval">
        <h2 id="opt-eval">{t(lang, 'options.evaluations')}</h2>
        {([1, 2] as const).map((n) => (
          <label key={n} class="block">
            <input
              type="radio"
              name="evaluations"
              disabled={locked('evaluationsAdvised')}
              checked={settings.evaluationsAdvised === n}
              onChange={() => save({ evaluationsAdvised: n }, 'evaluations')}
            />{' '}
            {t(lang, n === 1 ? 'options.evaluations.once' : 'options.evaluations.twice')}
          </label>
        ))}
        {savedAt('evaluations')}
        {locked('evaluationsAdvised') && byPolicy}
      </section>

      <section aria-labelledby="opt-checks">
        <h2 id="opt-checks">{t(lang, 'options.checks')}</h2>
        {locked('disabledChecks') && <p>{byPolicy}</p>}
        {ALL_RULES.map((rule) => (
          // The rule's id is for the ICT's policy (docs/uitrol.md), not for staff: kept as data only.
          <div key={rule.id} data-rule={rule.id}>
          <label>
            <input
              type="checkbox"
              disabled={locked('disabledChecks')}
              checked={!settings.disabledChecks.includes(rule.id)}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                const off = new Set(settings.user.disabledChecks ?? []);
                if (on) off.delete(rule.id);
                else off.add(rule.id);
                save({ disabledChecks: [...off] }, rule.id);
              }}
            />{' '}
            {t(lang, `rule.${rule.id}` as MessageKey)}
          </label>
          {savedAt(rule.id)}
          </div>
        ))}
      </section>

      <section aria-labelledby="stored">
        <h2 id="stored">{t(lang, 'options.stored.title')}</h2>
        <p>{t(lang, 'options.stored.text')}</p>
        <p data-testid="link-count">{links === null ? '…' : t(lang, 'options.stored.count', { aantal: links.count })}</p>
        {links && links.unreadable > 0 && <p class="error" data-testid="link-unreadable">{t(lang, 'options.stored.unreadable', { aantal: links.unreadable })}</p>}
        {links?.newerFormat && <p class="error" data-testid="link-newer">{t(lang, 'options.stored.newer')}</p>}
        <button
          type="button"
          onClick={() => {
            if (!confirm(t(lang, 'options.wipe.confirm'))) return;
            void wipeAll().then(() => {
              setWiped(true);
              reload();
            });
          }}
        >
          {t(lang, 'options.wipe')}
        </button>
        {wiped && <p role="status">{t(lang, 'options.wipe.done')}</p>}
      </section>

      <TaughtLabels
        lang={lang}
        inForce={settings.taught.inForce}
        overruled={settings.taught.overruled}
        newerFormat={settings.taught.newerFormat}
        extensionId={browser.runtime.id}
        onForget={(label) => void forget(label).then(reload)}
        onSave={(name, text) => saveFile(name, new Blob([text], { type: 'application/json' }))}
      />

      <section aria-labelledby="opt-rod">
        <h2 id="opt-rod">{t(lang, 'overzicht.title')}</h2>
        <p>{t(lang, 'overzicht.how')}</p>
        <p>
          <a class="button primary" href={browser.runtime.getURL('/rodcontrole.html')} target="_blank" rel="noopener">{t(lang, 'overzicht.open')}</a>
        </p>
      </section>

      <section aria-labelledby="opt-policy">
        <h2 id="opt-policy">{t(lang, 'options.policy')}</h2>
        {Object.keys(settings.policy).length === 0 && settings.problems.length === 0 ? (
          <p>{t(lang, 'options.policy.none')}</p>
        ) : (
          <>
            <ul data-testid="policy-in-force">
              {Object.entries(settings.policy).map(([key, value]) => (
                <li key={key}>
                  <code>{key}</code>: <code>{JSON.stringify(value)}</code>
                </li>
              ))}
            </ul>
            {settings.problems.length > 0 && (
              <>
                <p class="error">{t(lang, 'options.policy.ignored')}</p>
                <ul class="error" data-testid="policy-problems">
                  {settings.problems.map((p) => (
                    <li key={p.key}>
                      <code>{p.key}</code>: {t(lang, p.reason, { detail: p.detail ?? '' })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>
    </main>
  );
}
