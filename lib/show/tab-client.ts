/**
 * The popup's way to the page: it reads nothing itself, it asks the content script of the
 * tab. Answers are validated; no answer means the tab is not a Topdossier or ParnasSys page.
 */
import { browser } from 'wxt/browser';
import { ReportSchema, type Report } from '../contract';
import { PageSampleReplySchema, ReadFailedReplySchema } from '../tab-requests';

/** The tab the popup is about: the active one, or `?tab=` when opened as a page (tests, keyboard users). */
export async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** What the tab's content script knows of its page: its report, or that reading it failed. */
export interface PageState {
  report: Report | null;
  readFailed: boolean;
}

export const NO_PAGE: PageState = { report: null, readFailed: false };

export async function pageStateOf(tabId: number): Promise<PageState> {
  // A page that just loaded may still be starting its content script: ask twice.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'get-report' });
      if (ReadFailedReplySchema.safeParse(reply).success) return { report: null, readFailed: true };
      const parsed = ReportSchema.safeParse(reply);
      return { report: parsed.success ? parsed.data : null, readFailed: false };
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return NO_PAGE;
}

export async function focusFinding(tabId: number, rule: string): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: 'focus-finding', rule }).catch(() => undefined);
}

export async function startGuideIn(tabId: number, guide: string, tabHasApp: boolean): Promise<void> {
  if (tabHasApp) await browser.tabs.sendMessage(tabId, { type: 'guide-start', guide }).catch(() => undefined);
  else await browser.runtime.sendMessage({ type: 'guide-for-tab', tabId, guide });
}

export async function pageSampleOf(tabId: number): Promise<{ html: string; name: string } | null> {
  const parsed = PageSampleReplySchema.safeParse(await browser.tabs.sendMessage(tabId, { type: 'page-sample' }).catch(() => null));
  return parsed.success ? parsed.data : null;
}

/** Saves text or a blob as a file through the browser's download of a local blob: nothing leaves the computer. */
export function saveFile(name: string, content: string | Blob): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type: 'text/html' }) : content);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
