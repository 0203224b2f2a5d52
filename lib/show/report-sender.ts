/**
 * Tells the background (toolbar badge) what a page's check found, but only when that
 * changed: the content script re-checks after every burst of typing, and most bursts
 * change nothing the badge shows.
 */
import { browser } from 'wxt/browser';
import type { Report } from '../contract';
import type { ReportMessage } from '../messages';

export function reportSender(): (report: Report) => void {
  let last = '';
  return (report) => {
    const key = JSON.stringify(report);
    if (key === last) return;
    last = key;
    const message: ReportMessage = { type: 'report', report };
    void browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting: forget what was sent, so the next change sends again.
      last = '';
    });
  };
}
