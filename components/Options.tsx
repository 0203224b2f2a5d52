import { useEffect, useState } from 'preact/hooks';
import { todayIso } from '../lib/check-page';
import { langFrom, t } from '../lib/i18n';
import { countLinks, wipeAll } from '../lib/privacy/pupil-links';

/** OPP-wijzer's settings page: what is stored, and wiping it. */
export function Options() {
  const lang = langFrom(navigator.language);
  const [links, setLinks] = useState<number | null>(null);
  const [wiped, setWiped] = useState(false);
  useEffect(() => {
    void countLinks(todayIso()).then(setLinks);
  }, [wiped]);
  return (
    <main class="page" lang={lang}>
      <h1>{t(lang, 'options.title')}</h1>
      <section aria-labelledby="stored">
        <h2 id="stored">{t(lang, 'options.stored.title')}</h2>
        <p>{t(lang, 'options.stored.text')}</p>
        <p data-testid="link-count">{links === null ? '…' : t(lang, 'options.stored.count', { aantal: links })}</p>
        <button
          type="button"
          onClick={() => {
            if (!confirm(t(lang, 'options.wipe.confirm'))) return;
            void wipeAll().then(() => setWiped(true));
          }}
        >
          {t(lang, 'options.wipe')}
        </button>
        {wiped && <p role="status">{t(lang, 'options.wipe.done')}</p>}
      </section>
    </main>
  );
}
