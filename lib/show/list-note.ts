/**
 * Topdossier's list of dossiers teaches which pupils have an OPP (lib/lazy/dossier-list.tsx).
 * The reader of lists and its note are loaded only on a page that has a table at all: OPP
 * pages and most others never load them.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Lang } from '../i18n';
import { kept, loadLazy } from '../lazy/load-lazy';
import type { PageSession } from '../read/page-session';

export function listNote(ctx: ContentScriptContext) {
  const note = kept(() => loadLazy('dossier-list').then((module) => module.dossierListNote(ctx)));
  return {
    /** `page`: the page when it may be a list; null when it is an OPP or settings page. */
    update(page: PageSession | null, lang: Lang) {
      const list = page?.mayBeList() ? page.doc : null;
      // Nothing loaded and nothing to read: nothing to do (nor to take away).
      if (!list && !note.started()) return;
      // Not loaded (the extension was updated under the page): tried again on the next change.
      void note.get().then((n) => n.update(list, lang), () => undefined);
    },
  };
}
