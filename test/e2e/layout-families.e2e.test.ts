/**
 * Markers stay on their field where pages move it without the window scrolling (issue #27 part 5):
 * a form in its own scrolling container, a sticky header over the part after "scroll to", and a
 * form drawn under a CSS transform.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { SidebarPage } from './sidebar-page';

const fixture = readFileSync(join(import.meta.dirname, '../fixtures/opp/a-empty-hoorrecht.html'), 'utf8');
const head = fixture.slice(0, fixture.indexOf('<body>') + 6);
const body = fixture.slice(fixture.indexOf('<body>') + 6, fixture.indexOf('</body>'));
const FIELD = '#id48';
const BASE = 'https://wijs-demo.topdossier.nl/dossier/80';
const pages = {
  /** The application scrolls its main pane, not the window (most single-page apps). */
  scroller: `${head}<div id="pane" style="height:420px;overflow:auto;border:1px solid #999;margin:60px 0 0 40px;width:900px">${body}<div style="height:900px"></div></div></body></html>`,
  /** A header that stays on top while the page scrolls. */
  sticky: `${head}<header style="position:sticky;top:0;height:140px;background:#234;color:#fff;z-index:5">Topdossier</header><div style="height:1400px"></div>${body}<div style="height:1400px"></div></body></html>`,
  /** The form drawn scaled and moved (a zoomed preview, a slide-in panel). */
  transformed: `${head}<div style="transform:translate(60px,30px) scale(0.8);transform-origin:0 0;width:1000px">${body}</div></body></html>`,
  /** The OPP as it comes, for the window sizes below. */
  plain: fixture,
};

type Box = { x: number; y: number; width: number; height: number };
/** Whether `m` (a marker, drawn a few px outside its field) lies on `t` within 6 px on every side. */
const onField = (m: Box | null, t: Box | null) => !!m && !!t && Math.abs(m.x - t.x) <= 6 && Math.abs(m.y - t.y) <= 6 && Math.abs(m.width - t.width) <= 12 && Math.abs(m.height - t.height) <= 12;

describe('markers where the page moves its fields', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(Object.fromEntries(Object.entries(pages).map(([k, html]) => [`${BASE}/${k}/opp`, () => html])));
  });
  afterAll(async () => {
    expect(h?.extensionRequests ?? []).toEqual([]);
    await h?.close();
  });

  it('a scrolling container scrolls: the marker follows its field', async () => {
    const s = new SidebarPage(await h.open(`${BASE}/scroller/opp`));
    await s.marker('opp.hoorrecht').waitFor();
    const field = s.page.locator(FIELD);
    await expect.poll(async () => onField(await s.marker('opp.hoorrecht').boundingBox(), await field.boundingBox())).toBe(true);
    await s.page.locator('#pane').evaluate((el) => (el.scrollTop = 150));
    await expect.poll(async () => onField(await s.marker('opp.hoorrecht').boundingBox(), await field.boundingBox()), { timeout: 1000 }).toBe(true);
  });

  it('"scroll to" a part under a sticky header: the field ends up below the header, marked', async () => {
    const s = new SidebarPage(await h.open(`${BASE}/sticky/opp`));
    await s.finding('opp.hoorrecht').getByRole('button', { name: 'Mening van de leerling (hoorrecht)' }).click();
    const field = s.page.locator(FIELD);
    await expect.poll(async () => (await field.boundingBox())!.y, { timeout: 2000 }).toBeGreaterThanOrEqual(140);
    await expect.poll(async () => onField(await s.marker('opp.hoorrecht').boundingBox(), await field.boundingBox())).toBe(true);
  });

  it('a form under a CSS transform: the marker sits on the field as drawn', async () => {
    const s = new SidebarPage(await h.open(`${BASE}/transformed/opp`));
    await s.marker('opp.hoorrecht').waitFor();
    await expect.poll(async () => onField(await s.marker('opp.hoorrecht').boundingBox(), await s.page.locator(FIELD).boundingBox())).toBe(true);
  });

  // 1366×768 and 1024×768 laptops; 200 % zoom of a 1366×768 screen is a 683×384 CSS-pixel window.
  it.each([[1366, 768], [1024, 768]])('at %i×%i the sidebar is open and hides no marked field\'s start', async (width, height) => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${BASE}/plain/opp`);
    const s = new SidebarPage(page);
    await s.aside.waitFor();
    await s.marker('opp.hoorrecht').waitFor();
    const [bar, field] = [await s.aside.boundingBox(), await page.locator(FIELD).boundingBox()];
    const start = { ...field!, width: Math.min(160, field!.width) };
    const apart = bar!.x >= start.x + start.width || bar!.x + bar!.width <= start.x;
    expect(apart).toBe(true);
    await page.close();
  });

  it('at 200 % zoom (683×384) it folds to its tab rather than hide the marked field, and opens when the user asks', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 683, height: 384 });
    await page.goto(`${BASE}/plain/opp`);
    const s = new SidebarPage(page);
    await s.tab.waitFor();
    expect(await s.aside.count()).toBe(0);
    await s.tab.getByRole('button').click();
    await s.aside.waitFor();
    // Opened on purpose, it stays open while the page is redrawn (a scroll).
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(300);
    expect(await s.aside.count()).toBe(1);
    await page.close();
  });
});
