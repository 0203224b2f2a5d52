import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor } from '../lib/badge';
import { langFrom } from '../lib/i18n';
import { getProgress, setProgress } from '../lib/guides/progress-store';
import { MessageSchema } from '../lib/messages';
import { mirrorPolicy } from '../lib/settings/policy-mirror';
import { linkStore } from '../lib/privacy/link-store';
import { taughtStore } from '../lib/taught/taught-store';
import { todayIso } from '../lib/dates';
import { contentData, mirrorContentData } from '../lib/show/content-data-mirror';
import { markNewsSeen, noteInstalled } from '../lib/whats-new/whats-new-store';

/** "Alle gegevens wissen": links, salt, options, guide steps; the board's policy is mirrored again. */
async function wipeAll(): Promise<void> {
  await browser.storage.local.clear();
  await browser.storage.session?.clear?.();
  // The board's policy, the page texts and the guides are no user data: mirrored again at once.
  await Promise.all([mirrorPolicy(), mirrorContentData()]);
}

export default defineBackground(() => {
  // Firefox's build is Manifest V2, where the toolbar button is browserAction.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  // The one writer of the salt and the pupil links (lib/privacy/link-store.ts).
  const links = linkStore();
  // The one writer of the labels users taught (lib/taught/taught-store.ts).
  const taught = taughtStore();
  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own contexts may talk to us, and only in the shapes we expect.
    if (sender.id !== browser.runtime.id) return;
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    switch (message.type) {
      case 'links-salt':
        return links.salt().then((salt) => ({ salt }));
      case 'links-get':
        return links.get(message.key, todayIso(), message.formerKey).then((link) => ({ link }));
      case 'links-update':
        return links.update(message.key, message.change, todayIso()).then((ok) => ({ ok }));
      case 'links-status':
        return links.status(todayIso());
      case 'wipe-all':
        return links.wipe(wipeAll).then(() => ({ ok: true }));
      case 'content-data':
        return Promise.resolve(contentData(message.lang));
      case 'taught-add':
        return taught.add(message.label);
      case 'taught-remove':
        return taught.remove(message.label);
      case 'whats-new-seen':
        return markNewsSeen().then(() => true);
      default:
        break;
    }
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
        // An answer, so the content script's own sendMessage resolves instead of failing.
        return Promise.resolve(true);
      }
      case 'guide-get':
        return getProgress(tabId);
      case 'guide-set':
        return setProgress(tabId, message.progress).then(() => true);
      default:
        return;
    }
  });
  // After an update, the options page shows "Nieuw in deze versie" once (lib/whats-new/).
  browser.runtime.onInstalled.addListener(({ reason, previousVersion }) => void noteInstalled(reason, previousVersion));
  browser.tabs.onRemoved.addListener((tabId) => void setProgress(tabId, null));
  // The board's policy, read where waiting costs nothing, mirrored for the rest; the page
  // texts and guides for the content scripts, which carry none of their own.
  void mirrorPolicy();
  void mirrorContentData();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void mirrorPolicy();
  });
});
