import type { Finding, Report } from '../lib/contract';
import { t, type Lang, type MessageKey } from '../lib/i18n';
import { ClosableNote } from './ClosableNote';
import { Toggle } from './Toggle';
import bannerCss from './banner.css?inline';
import type { Side } from './Sidebar';

interface Props {
  report: Report;
  lang: Lang;
  side: Side;
  guideFor(finding: Finding): string | undefined;
  onShowHow(guide: string): void;
  /** Offered for a setting whose label was not found ("Wijs het aan"). */
  pointable?(finding: Finding): boolean;
  onPoint?(finding: Finding): void;
  /** What the last action did ("Onthouden. …"). */
  said?: string | null;
}

/**
 * The two privacy settings on Topdossier's settings page, each with "Laat zien hoe". All in order,
 * it folds to one line; closed (✕), it stays away on settings pages until a setting gets worse.
 */
export function SettingsBanner({ report, lang, side, guideFor, onShowHow, pointable, onPoint, said }: Props) {
  const state = Object.fromEntries(report.findings.map((f) => [f.rule, f.status]));
  const allInOrder = report.findings.length > 0 && report.findings.every((f) => f.status === 'pass');
  return (
    <ClosableNote kind="settings" state={state} lang={lang}>
      {(close) => (
        <Toggle>
          {(unfolded, unfold) => {
            const folded = allInOrder && !unfolded && !said;
            return (
              <aside class={`banner${side === 'left' ? ' banner--left' : ''}${folded ? ' banner--folded' : ''}`} aria-label="OPP-wijzer" lang={lang}>
                <style>{bannerCss}</style>
                {close}
                {folded ? (
                  <p class="banner__line">
                    <span>{t(lang, 'banner.all-in-order', { aantal: report.findings.length })}</span>
                    <button type="button" class="banner__unfold" aria-expanded="false" onClick={() => unfold(true)}>
                      {t(lang, 'banner.unfold')}
                    </button>
                  </p>
                ) : (
                  <>
                    <h2>{t(lang, 'banner.title')}</h2>
                    {said && (
                      <p class="said" role="status">
                        {said}
                      </p>
                    )}
                    <ul>
                      {report.findings.map((f) => {
                        const guide = guideFor(f);
                        return (
                          <li key={f.rule} class={`finding finding--${f.status.replace('/', '')}`} data-rule={f.rule}>
                            <span class="finding__status">{t(lang, `status.${f.status}` as MessageKey)}</span>
                            <span class="finding__title">{t(lang, `rule.${f.rule}` as MessageKey)}</span>
                            <p class="finding__message">{f.message}</p>
                            {guide && f.status !== 'pass' && (
                              <button type="button" onClick={() => onShowHow(guide)}>
                                {t(lang, 'banner.show-how')}
                              </button>
                            )}
                            {onPoint && pointable?.(f) && (
                              <button type="button" class="finding__point" onClick={() => onPoint(f)}>
                                {t(lang, 'point.button')}
                              </button>
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  </>
                )}
              </aside>
            );
          }}
        </Toggle>
      )}
    </ClosableNote>
  );
}
