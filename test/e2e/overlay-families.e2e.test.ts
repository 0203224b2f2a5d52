/**
 * The overlay in the families of pages issue #27 names (besides shadow roots and frames,
 * inner-trees.e2e.test.ts): a modal <dialog> in the top layer (part 1), navigation without a
 * page load (part 4), and a screen reader's and keyboard's view of a guide (part 6).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { GuidePage, startGuide } from './guide-page';
import { SidebarPage } from './sidebar-page';
import { axeOnLayer } from './axe';
import { covers } from './boxes';
import { oppDialogPage, PS, PS_SPA_ROUTES, psDialogPage, spaSite, TD, URL_OPP_DIALOG, URL_PS_DIALOG } from './family-pages';

/** The element a user's click at the middle of `selector`'s box reaches (a layer's host for anything in our shadow roots). */
const hitAt = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const host = sel.split(' ')[0]!;
    const el = document.querySelector(host)?.shadowRoot?.querySelector(sel.slice(host.length + 1));
    if (!el) return 'none';
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit?.tagName.toLowerCase() ?? 'none';
  }, selector);

const URL_UNKNOWN = `${TD}/leerling/91/opp`;

/** The single-page app's router shows `path` (family-pages.ts). */
const routeTo = (page: Page, how: 'pushView' | 'replaceView', path: string) =>
  page.evaluate(([w, p]) => (window as unknown as Record<string, (p: string) => void>)[w]!(p), [how, path] as const);

describe('the overlay in the families of pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ [URL_OPP_DIALOG]: oppDialogPage, [URL_PS_DIALOG]: psDialogPage, [URL_UNKNOWN]: 'opp/p-unknown-labels.html', ...spaSite(), ...spaSite(PS, PS_SPA_ROUTES) });
  });
  afterAll(async () => {
    expect(h?.extensionRequests ?? []).toEqual([]);
    await h?.close();
  });

  it('a modal dialog: a part in it is marked above its backdrop, the sidebar waits behind it and comes back when it closes', async () => {
    const s = new SidebarPage(await h.open(URL_OPP_DIALOG));
    const field = s.page.locator('dialog textarea[name$="hoorrecht"]');
    await expect.poll(() => s.marker('opp.hoorrecht').count()).toBe(1);
    await expect.poll(() => covers(s.marker('opp.hoorrecht'), field)).toBe(true);
    // Drawn in the dialog (the top layer), not under its backdrop; no sidebar over the inert page.
    expect(await s.page.evaluate(() => document.querySelector('opp-wijzer-layer')?.parentElement?.id)).toBe('deel');
    expect(await s.aside.count()).toBe(0);
    // Typed in the dialog: in orde, the marker goes.
    await field.fill('Sem vertelde zelf wat hem helpt; dat staat in de aanpak.');
    await expect.poll(() => s.marker('opp.hoorrecht').count()).toBe(0);
    await s.page.getByRole('button', { name: 'Sluiten' }).click();
    await s.aside.waitFor({ timeout: 2000 });
    expect(await s.page.evaluate(() => document.querySelector('opp-wijzer-layer')?.parentElement?.tagName)).toBe('BODY');
    await s.page.close();
  });

  it('a modal dialog: a guide step inside it is outlined and its callout is usable above the backdrop (ParnasSys\' form in a dialog)', async () => {
    const page = await h.open(URL_PS_DIALOG);
    const g = new GuidePage(page);
    await startGuide(h, page, 'parnassys-rod');
    await g.waitForStep('Onderwijsarrangement toevoegen');
    await page.getByRole('button', { name: 'Onderwijsarrangement toevoegen' }).click();
    await g.waitForStep('Vul de begindatum');
    expect(await g.outlines('dialog input[name=begindatum]')).toBe(true);
    // A click on the callout reaches the callout, not the dialog's backdrop.
    expect(await hitAt(page, 'opp-wijzer-guide .callout')).toBe('opp-wijzer-guide');
    expect(await axeOnLayer(page, 'opp-wijzer-guide', '.callout')).toMatchObject({ violations: [] });
    await page.fill('dialog input[name=begindatum]', '01-09-2026');
    await g.waitForStep('bij Opmerkingen');
    await g.button('Overslaan').click();
    await g.waitForStep('ambulant begeleider');
    await g.button('Stoppen').click();
    await expect.poll(() => g.callout.count()).toBe(0);
    await page.close();
  });

  it('navigation without a page load: the OPP a router shows is checked within 0.5 s, replaced and left without a trace', async () => {
    const s = new SidebarPage(await h.open(`${TD}/app/`));
    const router = (how: 'pushView' | 'replaceView', path: string) => routeTo(s.page, how, path);
    await s.page.getByRole('link', { name: 'OPP van Sem' }).waitFor();
    // The start page of the app is no OPP: no layer.
    await s.page.waitForTimeout(400);
    expect(await s.aside.count()).toBe(0);
    await s.page.getByRole('link', { name: 'OPP van Sem' }).click();
    await expect.poll(() => s.aside.locator('.sidebar__counts').textContent().catch(() => ''), { timeout: 1000, interval: 25 }).toContain('2 ontbreekt');
    await expect.poll(() => covers(s.marker('opp.hoorrecht'), s.page.locator('textarea[name$="hoorrecht"]'))).toBe(true);
    expect(await axeOnLayer(s.page, 'opp-wijzer-layer', 'aside')).toMatchObject({ violations: [] });
    // The router puts a complete OPP in its place (replaceState): its own findings.
    await router('replaceView', '/app/dossier/10/opp');
    await expect.poll(() => s.aside.locator('.sidebar__counts').textContent(), { timeout: 1000, interval: 25 }).toContain('Alles in orde');
    expect(await s.marker('opp.hoorrecht').count()).toBe(0);
    // From that OPP to another one (pushState): what the other one lacks is missing at once, not
    // held as "being updated" as if the OPP before were still loading.
    await router('pushView', '/app/dossier/9/opp');
    const pushed = Date.now();
    await expect.poll(async () => (await s.statuses())['opp.hoorrecht'], { timeout: 500, interval: 25 }).toBe('fail');
    expect(Date.now() - pushed).toBeLessThan(500);
    // Back twice (popstate): the complete OPP, then the start page, where sidebar and markers go.
    await s.page.goBack();
    await expect.poll(async () => (await s.statuses())['opp.hoorrecht'], { timeout: 1000, interval: 25 }).toBe('pass');
    await s.page.goBack();
    await expect.poll(() => s.page.locator('opp-wijzer-layer aside, opp-wijzer-layer .marker').count(), { timeout: 1000, interval: 25 }).toBe(0);
    expect(new URL(s.page.url()).pathname).toBe('/app/');
    await s.page.close();
  });

  it('navigation without a page load: "Wijs het aan" of the view before closes with it', async () => {
    const s = new SidebarPage(await h.open(`${TD}/app/dossier/91/opp`));
    await s.finding('opp.uitstroomprofiel').getByRole('button', { name: 'Wijs het aan' }).click();
    const point = s.page.locator('opp-wijzer-layer .point[role=dialog]');
    await point.waitFor({ timeout: 5000 });
    // To another OPP: the sidebar stays, the pointing at the OPP before does not.
    await routeTo(s.page, 'pushView', '/app/dossier/9/opp');
    await expect.poll(() => point.count(), { timeout: 1000, interval: 25 }).toBe(0);
    await expect.poll(() => s.aside.locator('.sidebar__counts').textContent()).toContain('2 ontbreekt');
    await s.page.close();
  });

  it('navigation without a page load in ParnasSys: the badge beside the pupil\'s name goes with the pupil\'s view and comes back with it', async () => {
    const page = await h.open(`${PS}/app/leerling/passend`);
    const badge = page.locator('opp-wijzer-pupil aside.pupil-badge');
    await badge.waitFor({ timeout: 5000 });
    await routeTo(page, 'pushView', '/app/start');
    await expect.poll(() => badge.count(), { timeout: 1000, interval: 25 }).toBe(0);
    await page.goBack();
    await badge.waitFor({ timeout: 1000 });
    await page.close();
  });

  it('navigation without a page load: a running guide goes on in the new views, and the settings banner follows', async () => {
    const page = await h.open(`${TD}/app/`);
    const g = new GuidePage(page);
    await startGuide(h, page, 'topdossier-bewaartermijn');
    await g.waitForStep('Ga naar ‘Instellingen’');
    await page.locator('header a[href="/app/instellingen"]').click();
    await g.waitForStep('Kies ‘Schoolinstellingen’');
    expect(await g.outlines('a[href="/app/instellingen/school"]')).toBe(true);
    await page.locator('a[href="/app/instellingen/school"]').click();
    // 2FA and the bewaartermijnen are one guide (2FA first); the former id starts it.
    await g.waitForStep('Zet 2FA op ‘ja’');
    expect(await g.outlines('#id8')).toBe(true);
    await page.locator('opp-wijzer-layer li[data-rule="settings.bewaartermijn"]').waitFor({ timeout: 1000 });
    await page.close();
  });

  it('a screen reader and a keyboard: each step is said once, focus goes to the callout and back where the user was', async () => {
    const page = await h.open(`${TD}/app/`);
    const g = new GuidePage(page);
    // The user was in the page's own navigation.
    await page.locator('header a[href="/app/instellingen"]').focus();
    await startGuide(h, page, 'topdossier-bewaartermijn');
    await g.waitForStep('Ga naar ‘Instellingen’');
    const live = page.locator('opp-wijzer-guide [aria-live=polite]');
    await expect.poll(() => live.textContent()).toContain('Ga naar ‘Instellingen’');
    expect(await live.textContent()).toContain('Stap 1');
    await expect.poll(() => page.evaluate(() => document.querySelector('opp-wijzer-guide')?.shadowRoot?.activeElement?.className)).toContain('callout');
    // The callout is a labelled dialog that names its step; axe finds nothing wrong.
    expect(await axeOnLayer(page, 'opp-wijzer-guide', '.callout')).toMatchObject({ violations: [] });
    // Esc ends the guide: focus is back on the link the user was on.
    await page.keyboard.press('Escape');
    await expect.poll(() => g.callout.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/app/instellingen');
    await page.close();
  });

  it('a keyboard: the findings are reached in the order they are listed; "Wijs het aan" is a modal layer that Esc closes, focus back on its button', async () => {
    const s = new SidebarPage(await h.open(URL_UNKNOWN));
    await s.aside.waitFor();
    await s.page.keyboard.press('Alt+Shift+O');
    await s.tab.waitFor();
    await s.page.keyboard.press('Alt+Shift+O');
    await expect.poll(() => s.focused()).toMatch(/^h2\.sidebar__title/);
    const listed = await s.page.$$eval('opp-wijzer-layer', (hosts) => Array.from(hosts[0]!.shadowRoot!.querySelectorAll('li[data-rule]')).map((li) => li.getAttribute('data-rule')!));
    const reached: string[] = [];
    for (let i = 0; i < 60; i++) {
      await s.page.keyboard.press('Tab');
      const rule = await s.page.evaluate(() => document.querySelector('opp-wijzer-layer')?.shadowRoot?.activeElement?.closest('li[data-rule]')?.getAttribute('data-rule') ?? null);
      if (rule && reached.at(-1) !== rule) reached.push(rule);
    }
    // Each finding with a control is reached once, in the list's order (Tab may wrap round once).
    const once = reached.slice(0, new Set(reached).size);
    expect(once).toEqual(listed.filter((r) => once.includes(r)));
    expect(once.length).toBeGreaterThan(3);

    const point = s.finding('opp.uitstroomprofiel').getByRole('button', { name: 'Wijs het aan' });
    await point.focus();
    await s.page.keyboard.press('Enter');
    const layer = s.page.locator('opp-wijzer-layer .point[role=dialog][aria-modal=true]');
    await layer.waitFor({ timeout: 5000 });
    await expect.poll(() => s.focused()).toMatch(/^div\.point /);
    expect(await axeOnLayer(s.page, 'opp-wijzer-layer', '.point')).toMatchObject({ violations: [] });
    await s.page.keyboard.press('Escape');
    await expect.poll(() => layer.count()).toBe(0);
    await expect.poll(() => s.focused()).toMatch(/^button\.finding__point /);
    await s.page.close();
  });
});
