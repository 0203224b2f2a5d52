import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor } from '../lib/badge';
import { MessageSchema } from '../lib/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own content scripts may talk to us, and only in the shape we expect.
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return;
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const badge = badgeFor(parsed.data.report);
    const tabId = sender.tab.id;
    void browser.action.setBadgeText({ tabId, text: badge.text });
    void browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  });
});
