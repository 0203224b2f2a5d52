import type { Finding } from '../lib/contract';
import { t, type Lang, type MessageKey } from '../lib/i18n';
import { sourceOf } from '../lib/judge/rule-sources';
import { Toggle } from './Toggle';

interface Props {
  finding: Finding;
  lang: Lang;
  /** False when the part is not on the page: then there is nothing to jump to. */
  locatable: boolean;
  /** Where to look, after a click on a part in a closed section. */
  hint?: string;
  onSelect(finding: Finding): void;
  /** Offered when the part was not found: the user points at its label ("Wijs het aan"). */
  onPoint?(finding: Finding): void;
}

/** One finding: status in words (not only colour), what to do, and "Waarom?" for the source. */
export function FindingItem({ finding, lang, locatable, hint, onSelect, onPoint }: Props) {
  const source = sourceOf(finding.rule);
  const title = t(lang, `rule.${finding.rule}` as MessageKey);
  const whyId = `why-${finding.rule.replace('.', '-')}`;
  return (
    <li class={`finding finding--${finding.status.replace('/', '')}`} data-rule={finding.rule}>
      <span class="finding__status">{t(lang, `status.${finding.status}` as MessageKey)}</span>
      {locatable ? (
        <button type="button" class="finding__title" onClick={() => onSelect(finding)} title={t(lang, 'sidebar.jump')}>
          {title}
        </button>
      ) : (
        <span class="finding__title">{title}</span>
      )}
      <p class="finding__message">{finding.message}</p>
      {hint && (
        <p class="finding__hint" role="status">
          {hint}
        </p>
      )}
      {!locatable && finding.status !== 'n/a' && finding.status !== 'pass' && (
        <p class="finding__hint">{t(lang, 'sidebar.not-on-page')}</p>
      )}
      {onPoint && (
        <button type="button" class="finding__point" onClick={() => onPoint(finding)}>
          {t(lang, 'point.button')}
        </button>
      )}
      {source && (
        <Toggle>
          {(why, setWhy) => (
            <>
              <button type="button" class="finding__why" aria-expanded={why} aria-controls={whyId} onClick={() => setWhy(!why)}>
                {t(lang, 'sidebar.why')}
              </button>
              <p id={whyId} class="finding__source" hidden={!why}>
                {t(lang, source)}
              </p>
            </>
          )}
        </Toggle>
      )}
    </li>
  );
}
