/** "n OPP's herkend" on Topdossier's list of dossiers: what OPP-wijzer learned from it. */
import { t, type Lang } from '../lib/i18n';

export function ListNote({ lang, count, weak }: { lang: Lang; count: number; weak: boolean }) {
  return (
    <div class="list-note" role="status">
      {t(lang, 'list.opp-recognised', { aantal: count })}
      {weak ? ` ${t(lang, 'list.opp-recognised.weak')}` : ''}
    </div>
  );
}
