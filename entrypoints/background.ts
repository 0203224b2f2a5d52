import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor } from '../lib/badge';
import { langFrom } from '../lib/i18n';
import { getProgress, setProgress } from '../lib/guides/progress-store';
import { MessageSchema } from '../lib/messages';
import { mirrorPolicy } from '../lib/settings/policy-mirror';

export default defineBackground(() => {
  // Firefox's build is Manifest V2, where the toolbar button is browserAction.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own contexts may talk to us, and only in the shapes we expect.
    if (sender.id !== browser.runtime.id) return;
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'guide-for-tab') {
      // From the popup (no tab of its own): the guide starts when that tab shows an app.
      return setProgress(message.tabId, { guide: message.guide, step: 0 }).then(() => true);
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    switch (message.type) {
      case 'report': {
        const badge = badgeFor(message.report, langFrom(navigator.language));
        void action.setBadgeText({ tabId, text: badge.text });
        void action.setBadgeBackgroundColor({ tabId, color: badge.color });
        void action.setTitle({ tabId, title: badge.title });
        return;
      }
      case 'guide-get':
        return getProgress(tabId);
      case 'guide-set':
        return setProgress(tabId, message.progress).then(() => true);
      default:
        return;
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void setProgress(tabId, null));
  // The board's policy, read where waiting costs nothing, mirrored for the rest.
  void mirrorPolicy();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void mirrorPolicy();
  });
});
