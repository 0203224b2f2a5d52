import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageCheck } from '../../lib/check/core';
import { checkTopdossierPage } from '../../lib/check/topdossier-page';
import { mountGuideRunner } from '../../lib/guides/lazy-runner';
import { rememberOpp } from '../../lib/privacy/remember-opp';
import { listNote } from './list-note';
import { watchPage, type PageChange } from '../../lib/read/watch-page';
import { loadSettings, onSettingsChange } from '../../lib/settings/settings-store';
import { loadContentTexts } from '../../lib/show/content-texts';
import { loadPrefs, type UiPrefs } from '../../lib/show/ui-prefs';
import { langFrom } from '../../lib/i18n';
import { answerPopup } from '../../lib/show/answer-popup';
import { reportSender } from '../../lib/show/report-sender';
import { settler } from '../../lib/check/settle';
import { guarded } from '../../lib/show/guarded';
import { mountPageLayer, type PageLayer } from './page-layer';
import { OPP_TERMS } from '../../lib/terms/opp-terms';
import { PUPIL_TERMS } from '../../lib/terms/pupil-terms';
import { SETTINGS_TERMS } from '../../lib/terms/settings-terms';

/** Page kinds that get OPP-wijzer's layer in Topdossier. */
const LAYERED = new Set(['opp', 'settings']);

export default defineContentScript({
  matches: ['https://*.topdossier.nl/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // This content script carries no texts or guides of its own: the background mirrors them.
    // Read with the settings, in the browser's language (the likely one), not after them.
    const likely = langFrom(navigator.language);
    // The sidebar's state is asked for at once too: waited for after the check, it kept a
    // slow Chromebook's sidebar back by a quarter second (bench/chromebook.ts).
    let prefs: Promise<UiPrefs> | null = loadPrefs();
    let [settings] = await Promise.all([loadSettings(), loadContentTexts(likely)]);
    if (settings.lang !== likely) await loadContentTexts(settings.lang);
    const guides = mountGuideRunner(ctx, settings.lang);
    let layer: PageLayer | null = null;
    let mounting = false;
    let last: PageCheck | null = null;
    const sendReport = reportSender();

    const show = (check: PageCheck) => {
      if (!LAYERED.has(check.report.page)) {
        // An Ajax change turned the page into something else: the layer goes with it.
        layer?.remove();
        layer = null;
        return;
      }
      if (layer) layer.update(check);
      else if (!mounting) {
        mounting = true;
        // Read anew for a layer drawn again (another language): it may have been changed since.
        const stored = prefs ?? loadPrefs();
        prefs = null;
        void mountPageLayer(ctx, settings.lang, check, (id) => guides.start(id), stored).then((l) => {
          layer = l;
          mounting = false;
        });
      }
    };

    const notes = listNote(ctx);
    /** The last report shown, as text: a re-read that finds the same shows nothing new (a busy page). */
    let shown = '';
    const publish = (check: PageCheck) => {
      // On an OPP or settings page, a re-read that finds the same (a busy page's ticker) sends and
      // draws nothing new; the markers and a running guide still follow the page's elements.
      const same = layer !== null && LAYERED.has(check.report.page) && JSON.stringify(check.report) === shown;
      last = check;
      if (same) {
        layer?.update(check);
        guides.refresh();
        // Another pupil's OPP can give the same findings (Ajax from one complete OPP to the next).
        void rememberOpp(check).catch(() => undefined);
        return;
      }
      shown = JSON.stringify(check.report);
      sendReport(check.report);
      show(check);
      // A list of dossiers teaches which pupils have an OPP (salted keys only).
      notes.update(check.report.page === 'other' ? document : null, settings.lang);
      guides.refresh();
      // Link this OPP to the pupil's page in ParnasSys: a salted key and the start date only.
      void rememberOpp(check).catch(() => undefined);
    };

    /** OPP-wijzer's own code failed on this page (lib/show/guarded.ts): no layer of an earlier reading. */
    let readFailed = false;
    const fail = () => {
      readFailed = true;
      last = null;
      layer?.remove();
      layer = null;
      sendReport({ app: 'topdossier', page: 'other', findings: [] });
    };

    /** `structural`: Ajax changed the page; a part it removed may be on its way back (settle.ts). */
    const run = (structural = false) =>
      guarded(() => {
        const check = checkTopdossierPage(document, {
          url: location.href,
          lang: settings.lang,
          evaluationsAdvised: settings.evaluationsAdvised,
          disabledRules: settings.disabledChecks,
          extraTerms: settings.oppTerms,
          extraSettingsTerms: settings.settingsTerms,
        });
        publish(structural ? settle.hold(last, check, settings.lang) : check);
        readFailed = false;
      }, fail);
    const settle = settler(() => run(), ctx.signal);

    /** Typing in known fields re-reads only those fields; anything else reads the page again. */
    const onChange = (change: PageChange) =>
      guarded(() => {
        // Another view without a page load: read afresh, holding nothing of the view before.
        if (change.navigated) {
          layer?.leave();
          return run();
        }
        let check: PageCheck | null = last;
        if (!change.structural && check?.recheck) {
          for (const control of change.inputs) {
            check = check?.recheck?.(control) ?? null;
            if (!check) break;
          }
          if (check) return publish(check);
        }
        run(change.structural);
      }, fail);
    run();
    watchPage(document, onChange, ctx.signal);
    onSettingsChange(async () => {
      const previous = settings.lang;
      settings = await loadSettings();
      await loadContentTexts(settings.lang);
      if (settings.lang !== previous) {
        // The layer speaks one language; a new one is drawn in the new language.
        layer?.remove();
        layer = null;
      }
      run();
    }, ctx.signal);
    answerPopup(
      {
        report: () => last?.report ?? null,
        readFailed: () => readFailed,
        focus: (rule) => layer?.select(rule),
        startGuide: (guide) => guides.start(guide),
        sampleTerms: [OPP_TERMS, SETTINGS_TERMS, PUPIL_TERMS],
      },
      ctx.signal,
    );
    // WXT learns that the extension was reloaded or removed only when something asks; this
    // heartbeat asks, so the layer and all listeners go away within a second.
    ctx.setInterval(() => undefined, 1000);
  },
});
