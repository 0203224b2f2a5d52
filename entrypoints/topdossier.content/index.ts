import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { checkPage, type PageCheck } from '../../lib/check-page';
import { langFrom } from '../../lib/i18n';
import type { ReportMessage } from '../../lib/messages';
import { watchPage } from '../../lib/read/watch-page';
import { mountOppView, type OppView } from './opp-view';

export default defineContentScript({
  matches: ['https://*.topdossier.nl/*'],
  runAt: 'document_idle',
  main(ctx) {
    const lang = langFrom(navigator.language);
    let view: OppView | null = null;
    let mounting = false;

    const show = (check: PageCheck) => {
      if (check.report.page !== 'opp') {
        // An Ajax change turned the page into something else: the layer goes with it.
        view?.remove();
        view = null;
        return;
      }
      if (view) view.update(check);
      else if (!mounting) {
        mounting = true;
        void mountOppView(ctx, lang, check).then((v) => {
          view = v;
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
    };
    run();
    watchPage(document, run, ctx.signal);
    // WXT learns that the extension was reloaded or removed only when something asks; this
    // heartbeat asks, so the layer and all listeners go away within a second.
    ctx.setInterval(() => undefined, 1000);
  },
});
