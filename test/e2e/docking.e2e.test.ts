/**
 * The sidebar docked beside the page (issue #25 item 2, lib/show/dock.ts): at 1366×768 and
 * 1024×768, on a form with its save bar fixed at the bottom right and on a plain OPP, the list
 * stays open and in view, covers no label or field, every marker is whole and in view beside
 * it, and the window gets no horizontal scroll. Folded, the page is exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeOnLayer } from './axe';
import { launch, type Harness } from './harness';
import { SidebarPage } from './sidebar-page';

const HOST = 'https://wijs-demo.topdossier.nl';
/** The same pages where OPP-wijzer does not run: the page's own layout, to compare with. */
const ELSEWHERE = 'https://elders.example';
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/opp', name), 'utf8');
const saveBar = fixture('g-save-bar.html');
const pages: Record<string, string> = {
  /** Complete, with "Opslaan" in a bar fixed at the bottom right. */
  'opslaan': saveBar,
  /** The same form with the pupil's voice left empty: a marker beside the save bar. */
  'opslaan-leeg': saveBar.replace(/(<textarea id="hoor" name="PupilVoice">)[^<]*/, '$1'),
  /** An OPP as it comes, two parts missing. */
  'gewoon': fixture('a-empty-hoorrecht.html'),
  /** A layout fixed at 960 px: it cannot share a 1024 px window with the panel. */
  'breed': fixture('a-empty-hoorrecht.html').replace('<body>', '<body><div style="width:960px;margin:0 auto">').replace('</body>', '</div></body>'),
};
const SIZES = [[1366, 768], [1024, 768]] as const;
const FIELDS = 'label, legend, input:not([type=hidden]), textarea, select, [contenteditable="true"]';

type Box = { x: number; y: number; width: number; height: number };
const across = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width;
const overlap = (a: Box, b: Box) => across(a, b) && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every label and field of the page, as boxes (the panel spans the window's height: only across counts). */
const fieldBoxes = (page: Page) =>
  page.$$eval(FIELDS, (els) => els.filter((e) => !e.closest('[data-opp-wijzer]') && (e as HTMLElement).offsetParent !== null).map((e) => e.getBoundingClientRect().toJSON() as Box));
const horizontalScroll = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth > document.scrollingElement!.clientWidth);

describe('the sidebar docked beside the page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(Object.fromEntries(Object.entries(pages).flatMap(([name, html]) => [[`${HOST}/dossier/5/${name}/opp`, () => html], [`${ELSEWHERE}/${name}`, () => html]])));
  });
  afterAll(async () => {
    expect(h?.extensionRequests ?? []).toEqual([]);
    await h?.close();
  });

  async function open(name: string, [width, height]: readonly [number, number]) {
    const page = await h.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${HOST}/dossier/5/${name}/opp`);
    const s = new SidebarPage(page);
    await s.aside.waitFor();
    await page.waitForTimeout(300);
    return s;
  }

  describe.each(SIZES)('at %i×%i', (width, height) => {
    it.each(['opslaan', 'opslaan-leeg', 'gewoon'])('on %s the list is open and in view, and covers no label, field or save button', async (name) => {
      const s = await open(name, [width, height]);
      expect(await s.tab.count()).toBe(0);
      const bar = (await s.aside.boundingBox())!;
      expect(bar.x).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(width);
      expect(bar.height).toBeGreaterThan(height / 2);
      const fields = await fieldBoxes(s.page);
      expect(fields.length).toBeGreaterThan(5);
      expect(fields.filter((f) => across(f, bar))).toEqual([]);
      const save = await s.page.getByRole('button', { name: 'Opslaan' }).boundingBox();
      if (save) expect(overlap(save, bar)).toBe(false);
      expect(await horizontalScroll(s.page)).toBe(false);
      await s.page.close();
    });

    it.each(['opslaan-leeg', 'gewoon'])('on %s every marker is whole, in the window and beside the list once its field is scrolled into view', async (name) => {
      const s = await open(name, [width, height]);
      await s.page.locator('opp-wijzer-layer .marker').first().waitFor();
      const count = await s.page.locator('opp-wijzer-layer .marker').count();
      expect(count).toBeGreaterThan(0);
      const bar = (await s.aside.boundingBox())!;
      for (let i = 0; i < count; i++) {
        const marker = s.page.locator('opp-wijzer-layer .marker').nth(i);
        const top = (await marker.boundingBox())!.y;
        await s.page.evaluate((dy) => scrollBy(0, dy), top - height / 2);
        await s.page.waitForTimeout(150);
        for (const box of [(await marker.boundingBox())!, (await marker.locator('.marker__label').boundingBox())!]) {
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(width);
          expect(box.y + box.height).toBeLessThanOrEqual(height);
          expect(overlap(box, bar)).toBe(false);
        }
      }
      await s.page.close();
    });
  });

  it('folded, the page is exactly as it was; opened again, it makes room again', async () => {
    const original = await h.context.newPage();
    await original.setViewportSize({ width: 1024, height: 768 });
    await original.goto(`${ELSEWHERE}/opslaan-leeg`);
    const before = {
      label: await original.locator('label[for="hoor"]').boundingBox(),
      field: await original.locator('#hoor').boundingBox(),
      form: await original.locator('form').boundingBox(),
      save: await original.getByRole('button', { name: 'Opslaan' }).boundingBox(),
      bar: await original.locator('.actions').getAttribute('style'),
    };
    await original.close();

    const s = await open('opslaan-leeg', [1024, 768]);
    // Docked, the page is narrower: the field ends before the panel, and so does the save bar.
    const docked = (await s.page.locator('form').boundingBox())!;
    expect(docked.width).toBeLessThan(before.form!.width);
    expect((await s.page.getByRole('button', { name: 'Opslaan' }).boundingBox())!.x).toBeLessThan(before.save!.x);

    await s.page.getByRole('button', { name: 'OPP-wijzer inklappen' }).click();
    await s.tab.waitFor();
    expect(await s.page.locator('label[for="hoor"]').boundingBox()).toEqual(before.label);
    expect(await s.page.locator('#hoor').boundingBox()).toEqual(before.field);
    expect(await s.page.locator('form').boundingBox()).toEqual(before.form);
    expect(await s.page.getByRole('button', { name: 'Opslaan' }).boundingBox()).toEqual(before.save);
    expect(await s.page.locator('.actions').getAttribute('style')).toBe(before.bar);
    expect(await s.page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();

    await s.tab.getByRole('button').click();
    await s.aside.waitFor();
    await expect.poll(async () => (await s.page.locator('form').boundingBox())!.width).toBe(docked.width);
    await s.page.close();
  });

  it('stays on the side the user chose, also after a reload, and the page makes room there', async () => {
    const s = await open('gewoon', [1366, 768]);
    await s.page.getByRole('button', { name: 'Zijbalk naar links verplaatsen' }).click();
    await expect.poll(async () => (await s.aside.boundingBox())!.x).toBe(0);
    await s.page.reload();
    await s.aside.waitFor();
    await s.page.waitForTimeout(300);
    const bar = (await s.aside.boundingBox())!;
    expect(bar.x).toBe(0);
    expect((await fieldBoxes(s.page)).filter((f) => across(f, bar))).toEqual([]);
    expect(await horizontalScroll(s.page)).toBe(false);
    await s.page.getByRole('button', { name: 'Zijbalk naar rechts verplaatsen' }).click();
    await expect.poll(async () => { const b = (await s.aside.boundingBox())!; return b.x + b.width; }).toBe(1366);
    await s.page.close();
  });

  it('a layout too wide to share a 1024 px window: it floats as before, and adds no horizontal scroll', async () => {
    const s = await open('breed', [1024, 768]);
    expect(await horizontalScroll(s.page)).toBe(false);
    expect(await s.page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
    await s.page.close();
  });

  it('a complete OPP is one line that opens the list, and the layer has no accessibility violations', async () => {
    const s = await open('opslaan', [1366, 768]);
    const line = s.aside.getByRole('button', { name: 'Alles in orde (10)' });
    await line.click();
    expect(await line.getAttribute('aria-expanded')).toBe('true');
    expect(await s.aside.getByRole('heading', { name: 'In orde (10)' }).isVisible()).toBe(true);
    const result = await axeOnLayer(s.page, 'opp-wijzer-layer', 'aside');
    expect(result.violations).toEqual([]);
    expect(result.passes).toBeGreaterThan(5);
    const busy = await open('opslaan-leeg', [1024, 768]);
    expect((await axeOnLayer(busy.page, 'opp-wijzer-layer', 'aside')).violations).toEqual([]);
    await s.page.close();
    await busy.page.close();
  });
});
