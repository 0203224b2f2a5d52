import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { checkPage } from '../../lib/check-page';
import { langFrom } from '../../lib/i18n';
import type { ReportMessage } from '../../lib/messages';
import { watchPage } from '../../lib/read/watch-page';

export default defineContentScript({
  matches: ['https://*.topdossier.nl/*'],
  runAt: 'document_idle',
  main(ctx) {
    const lang = langFrom(navigator.language);
    const run = () => {
      const { report } = checkPage(document, { url: location.href, lang });
      const message: ReportMessage = { type: 'report', report };
      void browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting; the next change sends again.
      });
    };
    run();
    watchPage(document, run, ctx.signal);
  },
});
