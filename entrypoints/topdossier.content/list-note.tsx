/**
 * On Topdossier's list of dossiers: remembers the OPPs it shows (lib/privacy/remember-list.ts)
 * and says how many it recognised. Reads the list again only when the page changed.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ListNote } from '../../components/ListNote';
import css from '../../components/list-note.css?inline';
import type { Lang } from '../../lib/i18n';
import { rememberList } from '../../lib/privacy/remember-list';
import { readDossierList } from '../../lib/read/dossier-list-reader';
import { mountShadowLayer, type ShadowLayer } from '../../lib/show/shadow-layer';

export function listNote(ctx: ContentScriptContext) {
  let layer: ShadowLayer | null = null;
  let shown = '';
  return {
    /** `doc`: the page when it may be a list; null when it is an OPP or settings page. */
    update(doc: Document | null, lang: Lang) {
      const pupils = doc ? readDossierList(doc) : null;
      const withOpp = pupils?.filter((p) => p.hasOpp) ?? [];
      if (withOpp.length === 0) {
        layer?.remove();
        layer = null;
        shown = '';
        return;
      }
      const weak = withOpp.some((p) => p.birth === null);
      const id = `${lang}|${withOpp.length}|${weak}`;
      void rememberList(pupils!).catch(() => undefined);
      if (id === shown) return;
      shown = id;
      layer ??= mountShadowLayer(ctx, 'opp-wijzer-list', css);
      render(<ListNote lang={lang} count={withOpp.length} weak={weak} />, layer.uiContainer);
    },
  };
}
