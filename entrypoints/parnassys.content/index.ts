import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { langFrom } from '../../lib/i18n';
import { GuideStartSchema } from '../../lib/messages';
import { mountGuideRunner } from '../../lib/guides/runner';
import { watchPage } from '../../lib/read/watch-page';

export default defineContentScript({
  matches: ['https://*.parnassys.net/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const lang = langFrom(navigator.language);
    const guides = await mountGuideRunner(ctx, lang);
    watchPage(document, () => guides.refresh(), ctx.signal);
    browser.runtime.onMessage.addListener((raw) => {
      const start = GuideStartSchema.safeParse(raw);
      if (start.success) guides.start(start.data.guide);
    });
    ctx.setInterval(() => undefined, 1000);
  },
});
