/** Page object for a running guide: the callout, the outline, and which host element it outlines. */
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

export class GuidePage {
  constructor(readonly page: Page) {}

  get callout() {
    return this.page.locator('opp-wijzer-guide .callout');
  }
  get outline() {
    return this.page.locator('opp-wijzer-guide .guide-outline');
  }
  async instruction(): Promise<string> {
    return (await this.page.locator('opp-wijzer-guide .callout__instruction').textContent()) ?? '';
  }
  /** "Stap 1 van 3": how far the user is in what they still have to do. */
  async progress(): Promise<string> {
    return (await this.page.locator('opp-wijzer-guide .callout__progress').textContent()) ?? '';
  }
  /** Waits until the callout shows an instruction containing `words`. */
  async waitForStep(words: string) {
    await this.page.locator('opp-wijzer-guide .callout__instruction', { hasText: words }).waitFor({ timeout: 8000 });
  }
  /** True when the outline sits around the element `selector` finds (within a few pixels). */
  async outlines(selector: string): Promise<boolean> {
    await this.outline.waitFor();
    const [o, t] = await Promise.all([this.outline.boundingBox(), this.page.locator(selector).first().boundingBox()]);
    if (!o || !t) return false;
    const near = (a: number, b: number) => Math.abs(a - b) <= 6;
    return near(o.x, t.x - 4) && near(o.y, t.y - 4) && near(o.width, t.width + 8) && near(o.height, t.height + 8);
  }
  /** True when the callout lies over any part of the element `selector` finds. */
  async covers(selector: string): Promise<boolean> {
    const [c, t] = await Promise.all([this.callout.boundingBox(), this.page.locator(selector).first().boundingBox()]);
    if (!c || !t) return false;
    return c.x < t.x + t.width && t.x < c.x + c.width && c.y < t.y + t.height && t.y < c.y + c.height;
  }
  button(name: string) {
    return this.page.locator('opp-wijzer-guide .callout button', { hasText: name });
  }
}

/** Starts a guide in the tab showing `page`, as the popup does. */
export async function startGuide(h: Harness, page: Page, guide: string): Promise<void> {
  await page.bringToFront();
  await h.worker.evaluate(async (g: string) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    // Right after a page load the content script may still be starting: try for a while.
    for (let i = 0; ; i++) {
      try {
        await chrome.tabs.sendMessage(tab!.id!, { type: 'guide-start', guide: g });
        return;
      } catch (error) {
        if (i > 30) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }, guide);
}
