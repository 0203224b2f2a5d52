/**
 * Lazy module (lib/lazy/load-lazy.ts): on Topdossier's list of dossiers, remembers the OPPs it
 * shows (lib/privacy/remember-list.ts) and says how many it recognised. Loaded only on a page
 * that has a table (lib/show/list-note.ts); it reads the page texts of
 * its language itself (its own copy of lib/i18n).
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ListNote } from '../../components/ListNote';
import css from '../../components/list-note.css?inline';
import type { Lang } from '../i18n';
import { rememberList } from '../privacy/remember-list';
import { readDossierList } from '../read/dossier-list-reader';
import { loadContentTexts } from '../show/content-texts';
import { mountShadowLayer, type ShadowLayer } from '../show/shadow-layer';

export interface DossierListNote {
  /** `doc`: the page when it may be a list; null when it is not (any more). Reads it again. */
  update(doc: Document | null, lang: Lang): Promise<void>;
}

export function dossierListNote(ctx: ContentScriptContext): DossierListNote {
  let layer: ShadowLayer | null = null;
  let shown = '';
  return {
    async update(doc, lang) {
      const pupils = doc ? readDossierList(doc) : null;
      const withOpp = pupils?.filter((p) => p.hasOpp) ?? [];
      // A list of pupils all back at basisondersteuning is worth remembering too (an OPP that ended).
      if (pupils && withOpp.length === 0 && pupils.some((p) => p.level === 'basis')) void rememberList(pupils).catch(() => undefined);
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
      await loadContentTexts(lang);
      layer ??= mountShadowLayer(ctx, 'opp-wijzer-list', css);
      render(<ListNote lang={lang} count={withOpp.length} weak={weak} />, layer.uiContainer);
    },
  };
}
