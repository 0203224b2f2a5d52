/** "n OPP's herkend" on Topdossier's list of dossiers: what OPP-wijzer learned from it. */
import { t, type Lang } from '../lib/i18n';
import { ClosableNote } from './ClosableNote';

/**
 * Closed (✕), it stays away on lists of dossiers until it has a warning it did not have then: a
 * list without birth dates, on which a pupil can only be recognised as "controleren".
 */
export function ListNote({ lang, count, weak }: { lang: Lang; count: number; weak: boolean }) {
  return (
    <ClosableNote kind="dossier-list" state={{ 'list.weak': weak ? 'review' : 'pass' }} lang={lang}>
      {(close) => (
        <div class="list-note" role="status">
          {close}
          {t(lang, 'list.opp-recognised', { aantal: count })}
          {weak ? ` ${t(lang, 'list.opp-recognised.weak')}` : ''}
        </div>
      )}
    </ClosableNote>
  );
}
