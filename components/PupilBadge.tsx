import type { Finding } from '../lib/contract';
import { t, type Lang, type MessageKey } from '../lib/i18n';
import type { Rect } from '../lib/show/placement';
import { ClosableNote, type OwnClose } from './ClosableNote';

interface Props {
  finding: Finding;
  lang: Lang;
  /** The pupil's name on the page; the badge sits beside it. */
  anchor: Rect | null;
  /** Offer "Deze leerling heeft een OPP" (no OPP known yet). */
  canSayOpp: boolean;
  onRegister(): void;
  onSayOpp(): void;
  /** Offered when the arrangements could not be read: point at the column with the start date. */
  onPoint?(): void;
  /** Closed per pupil: what the badge said when this pupil's badge was closed, and where a close goes. */
  closed: OwnClose;
}

/**
 * A small badge beside the pupil's name in ParnasSys: what is wrong, and the way to fix it. Closed
 * (✕), it stays away on this pupil's pages until it has something worse to say (a question becomes
 * a fail, or another check fails); another pupil's badge is not closed with it.
 */
export function PupilBadge({ finding, lang, anchor, canSayOpp, onRegister, onSayOpp, onPoint, closed }: Props) {
  const style = anchor
    ? { top: `${Math.max(8, anchor.top)}px`, left: `${Math.min(anchor.left + anchor.width + 12, innerWidth - 372)}px` }
    : { top: '12px', right: '12px' };
  return (
    <ClosableNote own={closed} state={{ [finding.rule]: finding.status }} lang={lang}>
      {(close) => (
        <aside class={`pupil-badge pupil-badge--${finding.status === 'n/a' ? 'vraag' : finding.status}`} style={style} aria-label={t(lang, 'pupil.badge.label')} lang={lang}>
          {close}
          <p>
            {/* A question (nothing known of an OPP) carries no status: nothing is wrong that OPP-wijzer knows of. */}
            {finding.status !== 'n/a' && <span class="finding__status">{t(lang, `status.${finding.status}` as MessageKey)}</span>} {finding.message}
          </p>
          <div class="callout__actions">
            <button type="button" onClick={onRegister}>
              {t(lang, 'pupil.register')}
            </button>
            {onPoint && (
              <button type="button" onClick={onPoint}>
                {t(lang, 'point.button')}
              </button>
            )}
            {canSayOpp && (
              <button type="button" onClick={onSayOpp}>
                {t(lang, 'pupil.has-opp')}
              </button>
            )}
          </div>
        </aside>
      )}
    </ClosableNote>
  );
}
