import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageCheck } from '../../lib/check/core';
import { checkTopdossierPage } from '../../lib/check/topdossier-page';
import { rememberOpp } from '../../lib/privacy/remember-opp';
import { contentShell } from '../../lib/show/content-shell';
import { listNote } from '../../lib/show/list-note';
import { mountPageLayer, type PageLayer } from '../../lib/show/page-layer';
import { loadPrefs, type UiPrefs } from '../../lib/show/ui-prefs';
import { OPP_TERMS } from '../../lib/terms/opp-terms';
import { PUPIL_TERMS } from '../../lib/terms/pupil-terms';
import { SETTINGS_TERMS } from '../../lib/terms/settings-terms';

/** Page kinds that get OPP-wijzer's layer in Topdossier. */
const LAYERED = new Set(['opp', 'settings']);

export default defineContentScript({
  matches: ['https://*.topdossier.nl/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The sidebar's state is asked for at once too: waited for after the check, it kept a
    // slow Chromebook's sidebar back by a quarter second (bench/chromebook.ts).
    let prefs: Promise<UiPrefs> | null = loadPrefs();
    return contentShell(ctx, ({ page, settings, guides }) => {
      let layer: PageLayer | null = null;
      let mounting = false;
      /** Bumped by each mount and each removal: a layer that arrives after the page stopped being an OPP goes at once. */
      let mounts = 0;
      /** The newest check while a layer is mounting: the layer shows that one when it arrives. */
      let latest: PageCheck | null = null;
      const notes = listNote(ctx);
      /** The last report shown, as text: a re-read that finds the same shows nothing new (a busy page). */
      let shown = '';
      const remove = () => {
        mounts++;
        mounting = false;
        layer?.remove();
        layer = null;
      };
      return {
        app: 'topdossier',
        sampleTerms: [OPP_TERMS, SETTINGS_TERMS, PUPIL_TERMS],
        check: (here, { lang, evaluationsAdvised, disabledChecks, oppTerms, settingsTerms }) =>
          checkTopdossierPage(here.doc, { url: here.url(), lang, evaluationsAdvised, disabledRules: disabledChecks, extraTerms: oppTerms, extraSettingsTerms: settingsTerms }),
        draw(check: PageCheck) {
          // Link this OPP to the pupil's page in ParnasSys: a salted key and the start date only.
          // (Another pupil's OPP can give the same findings: Ajax from one complete OPP to the next.)
          void rememberOpp(check).catch(() => undefined);
          // The markers and a running guide follow the page's elements even when nothing new was found.
          const same = layer !== null && LAYERED.has(check.report.page) && JSON.stringify(check.report) === shown;
          if (same) return layer?.update(check);
          shown = JSON.stringify(check.report);
          // A list of dossiers teaches which pupils have an OPP (salted keys only).
          notes.update(check.report.page === 'other' ? page : null, settings().lang);
          // An Ajax change turned the page into something else: the layer goes with it.
          if (!LAYERED.has(check.report.page)) return remove();
          if (layer) return layer.update(check);
          latest = check;
          if (mounting) return;
          mounting = true;
          const mine = ++mounts;
          // Read anew for a layer drawn again (another language): it may have been changed since.
          const stored = prefs ?? loadPrefs();
          prefs = null;
          void mountPageLayer(ctx, page, settings().lang, check, (id) => guides.start(id), stored).then((l) => {
            // Removed while it was mounting (the page became a list, another language): it never shows.
            if (mine !== mounts) return l.remove();
            layer = l;
            mounting = false;
            if (latest && latest !== check) l.update(latest);
            latest = null;
          });
        },
        clear: remove,
        leave: () => layer?.leave(),
        focus: (rule) => layer?.select(rule),
        // The layer speaks one language; a new one is drawn in the new language.
        onLanguage: remove,
      };
    });
  },
});
