import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { checkPage, type PageCheck } from '../../lib/check-page';
import { langFrom } from '../../lib/i18n';
import { GuideStartSchema, type ReportMessage } from '../../lib/messages';
import { mountGuideRunner } from '../../lib/guides/runner';
import { watchPage } from '../../lib/read/watch-page';
import { mountPageLayer, type PageLayer } from './page-layer';
import { rememberOpp } from '../../lib/privacy/pupil-session';

/** Page kinds that get OPP-wijzer's layer in Topdossier. */
const LAYERED = new Set(['opp', 'settings']);

export default defineContentScript({
  matches: ['https://*.topdossier.nl/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const lang = langFrom(navigator.language);
    const guides = await mountGuideRunner(ctx, lang);
    let layer: PageLayer | null = null;
    let mounting = false;

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
        void mountPageLayer(ctx, lang, check, (id) => guides.start(id)).then((l) => {
          layer = l;
          mounting = false;
        });
      }
    };

    const run = () => {
      const check = checkPage(document, { url: location.href, lang });
      const message: ReportMessage = { type: 'report', report: check.report };
      void browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting; the next change sends again.
      });
      show(check);
      guides.refresh();
      // Link this OPP to the pupil's page in ParnasSys: a salted key and the start date only.
      void rememberOpp(check).catch(() => undefined);
    };
    run();
    watchPage(document, run, ctx.signal);
    browser.runtime.onMessage.addListener((raw) => {
      const start = GuideStartSchema.safeParse(raw);
      if (start.success) guides.start(start.data.guide);
    });
    // WXT learns that the extension was reloaded or removed only when something asks; this
    // heartbeat asks, so the layer and all listeners go away within a second.
    ctx.setInterval(() => undefined, 1000);
  },
});
