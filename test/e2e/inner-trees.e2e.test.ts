/**
 * An OPP whose parts live where the document's own queries do not reach (issue #27 parts 2 and 3):
 * inside a web component's open shadow root, and in a rich-text editor's same-origin iframe
 * (TinyMCE's way). Read as on a plain page, marked on the field itself, and followed live.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { SidebarPage } from './sidebar-page';
import { covers } from './boxes';
import { axeOnLayer } from './axe';
import { formFramePage, formPage, URL_FORM, URL_FORM_FRAME } from './family-pages';

const fixture = readFileSync(join(import.meta.dirname, '../fixtures/opp/a-wicket-table.html'), 'utf8');
const head = fixture.slice(0, fixture.indexOf('<body>') + 6);
const body = fixture.slice(fixture.indexOf('<body>') + 6, fixture.indexOf('</body>'));
const URL_SHADOW = 'https://wijs-demo.topdossier.nl/dossier/601/opp';
const URL_FRAME = 'https://wijs-demo.topdossier.nl/dossier/602/opp';
const HOORRECHT = /<textarea name="oppForm:rows:9:hoorrecht"[^>]*>([^<]*)<\/textarea>/;
const hoorrechtText = HOORRECHT.exec(body)![1]!;

/** The whole OPP rendered by a web component into its open shadow root, as a Lit or Stencil app does. */
const shadowPage = () => `${head}<opp-app></opp-app>
<template id="opp">${body}</template>
<script>customElements.define('opp-app', class extends HTMLElement {
  connectedCallback() { this.attachShadow({ mode: 'open' }).append(document.getElementById('opp').content.cloneNode(true)); }
});</script></body></html>`;

/** The hoorrecht part in a TinyMCE-like editor: an about:blank iframe whose body is the editing area. */
const framePage = () => `${head}${body.replace(HOORRECHT, '<div class="tox tox-tinymce"><iframe id="hoorrecht_ifr" title="Tekstverwerker" style="width:600px;height:120px;border:1px solid #ccc"></iframe></div>')}
<script>const f = document.getElementById('hoorrecht_ifr'); const d = f.contentDocument;
d.open(); d.write('<!DOCTYPE html><html><body id="tinymce" contenteditable="true"><p>${hoorrechtText.replace(/'/g, "\\'")}</p></body></html>'); d.close();</script></body></html>`;

/** Whether the marker of `rule` lies on `target`'s box (page coordinates, a few px of frame). */
const markerOn = (s: SidebarPage, rule: string, target: Parameters<typeof covers>[1]) => covers(s.marker(rule), target);

describe('an OPP in shadow roots and frames', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ [URL_SHADOW]: shadowPage, [URL_FRAME]: framePage, [URL_FORM_FRAME]: formFramePage, [URL_FORM]: formPage });
  });
  afterAll(async () => {
    expect(h?.extensionRequests ?? []).toEqual([]);
    await h?.close();
  });

  it('a web component\'s shadow root: complete as on a plain page; a part emptied is ontbreekt within 0.5 s, marked on its field', async () => {
    const s = new SidebarPage(await h.open(URL_SHADOW));
    await s.aside.waitFor();
    await expect.poll(() => s.aside.locator('.sidebar__counts').textContent()).toContain('Alles in orde');
    const field = s.page.locator('opp-app textarea[name$="hoorrecht"]');
    await field.fill('');
    const emptied = Date.now();
    await expect.poll(async () => (await s.statuses())['opp.hoorrecht'], { timeout: 500, interval: 25 }).toBe('fail');
    expect(Date.now() - emptied).toBeLessThan(500);
    await expect.poll(() => markerOn(s, 'opp.hoorrecht', field)).toBe(true);
    expect(await axeOnLayer(s.page, 'opp-wijzer-layer', 'aside')).toMatchObject({ violations: [] });
  });

  it('a rich-text editor in an iframe: its text is the part\'s value; emptied, the part is ontbreekt and the frame is marked', async () => {
    const s = new SidebarPage(await h.open(URL_FRAME));
    await s.aside.waitFor();
    await expect.poll(() => s.aside.locator('.sidebar__counts').textContent()).toContain('Alles in orde');
    await s.page.frameLocator('#hoorrecht_ifr').locator('body').fill('');
    const emptied = Date.now();
    await expect.poll(async () => (await s.statuses())['opp.hoorrecht'], { timeout: 500, interval: 25 }).toBe('fail');
    expect(Date.now() - emptied).toBeLessThan(500);
    await expect.poll(() => markerOn(s, 'opp.hoorrecht', s.page.locator('#hoorrecht_ifr'))).toBe(true);
    // Typed back in the editor: in orde again.
    await s.page.frameLocator('#hoorrecht_ifr').locator('body').fill('Sem werkt liever in een klein groepje; zo is het afgesproken.');
    await expect.poll(async () => (await s.statuses())['opp.hoorrecht'], { timeout: 1000, interval: 25 }).toBe('pass');
  });

  it('a form in a same-origin iframe: read once it loads, and the marker sits on the field inside the frame (border and padding counted)', async () => {
    const s = new SidebarPage(await h.open(URL_FORM_FRAME));
    await s.aside.waitFor();
    await expect.poll(() => s.aside.locator('.sidebar__counts').textContent()).toContain('Alles in orde');
    const field = s.page.frameLocator('#formulier').locator('textarea[name$="hoorrecht"]');
    await field.fill('');
    await expect.poll(async () => (await s.statuses())['opp.hoorrecht'], { timeout: 1000, interval: 25 }).toBe('fail');
    await expect.poll(() => markerOn(s, 'opp.hoorrecht', field)).toBe(true);
    expect(await axeOnLayer(s.page, 'opp-wijzer-layer', 'aside')).toMatchObject({ violations: [] });
    // The frame made low and its page scrolled to the end: the field is out of the frame's view, and
    // no marker stands over the page around the frame.
    await s.page.locator('#formulier').evaluate((f) => ((f as HTMLIFrameElement).style.height = '200px'));
    await s.page.frameLocator('#formulier').locator('body').evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => s.marker('opp.hoorrecht').count(), { timeout: 2000 }).toBe(0);
  });
});
