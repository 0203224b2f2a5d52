import { useEffect } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../lib/i18n';

interface Props {
  lang: Lang;
  version: string;
  news: readonly MessageKey[];
  /** Called once when the news was drawn: after that it is not shown again. */
  onShown: () => void;
}

/** "Nieuw in deze versie", at the top of the options page once after an update (lib/whats-new/). */
export function WhatsNew({ lang, version, news, onShown }: Props) {
  useEffect(() => {
    if (news.length) onShown();
  }, [news]);
  if (!news.length) return null;
  return (
    <section aria-labelledby="whats-new" class="whats-new" data-testid="whats-new">
      <h2 id="whats-new">{t(lang, 'whatsnew.title', { versie: version })}</h2>
      <ul>
        {news.map((key) => (
          <li key={key}>{t(lang, key)}</li>
        ))}
      </ul>
      <p class="hint">{t(lang, 'whatsnew.once')}</p>
    </section>
  );
}
