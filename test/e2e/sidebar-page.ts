/** Page object for OPP-wijzer's in-page layer (Playwright's CSS locators pierce the open shadow root). */
import type { Page } from 'playwright-core';

export class SidebarPage {
  constructor(readonly page: Page) {}

  get aside() {
    return this.page.locator('aside.sidebar[aria-label="OPP-wijzer"]');
  }
  get tab() {
    return this.page.locator('aside.tab[aria-label="OPP-wijzer"]');
  }
  get layer() {
    return this.page.locator('opp-wijzer-layer');
  }
  finding(rule: string) {
    return this.page.locator(`aside.sidebar li[data-rule="${rule}"]`);
  }
  marker(rule: string) {
    return this.page.locator(`.marker[data-rule="${rule}"]`);
  }
  /** rule → status, as the sidebar shows them (n/a included, folded or not). */
  async statuses(): Promise<Record<string, string>> {
    return this.page.$$eval('opp-wijzer-layer', (hosts) => {
      const out: Record<string, string> = {};
      for (const li of Array.from(hosts[0]?.shadowRoot?.querySelectorAll('li[data-rule]') ?? [])) {
        const status = Array.from(li.classList).find((c) => c.startsWith('finding--'))?.slice('finding--'.length) ?? '';
        out[li.getAttribute('data-rule') ?? ''] = status === 'na' ? 'n/a' : status;
      }
      return out;
    });
  }
  /** The element focused inside our shadow root, as "tag.class text #n" (n: its place in the layer). */
  async focused(): Promise<string | null> {
    return this.page.evaluate(() => {
      const root = document.querySelector('opp-wijzer-layer')?.shadowRoot;
      const el = root?.activeElement as HTMLElement | null | undefined;
      if (!root || !el) return null;
      const n = Array.from(root.querySelectorAll('*')).indexOf(el);
      return `${el.tagName.toLowerCase()}.${el.className} ${el.textContent?.trim() ?? ''} #${n}`;
    });
  }
}
