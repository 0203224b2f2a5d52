import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lookOf } from './look';
import { axeOnExtensionPage, launch, readmeShot, type Harness } from './harness';
import { SidebarPage } from './sidebar-page';

const TD = 'https://wijs-demo.topdossier.nl';
/** A Passend onderwijs page whose list OPP-wijzer cannot read: it shows a badge without any link. */
const PS_PASSEND = 'https://wijs.parnassys.net/bao/leerling/passend?1-1.ILinkListener-subtabs-1';
const SITE = {
  [PS_PASSEND]: 'parnassys/ps-passend-onbekend.html',
  [`${TD}/opp/sem`]: 'opp/a-empty-hoorrecht.html',
  [`${TD}/opp/lotte`]: 'opp/c-print-view.html',
  ['https://example.org/']: 'site/td/home.html',
};

async function tabIdOf(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  return h.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
}

/**
 * A fault in OPP-wijzer's own reading, made in its content script's world only (the page's own
 * world and the extension are untouched): walking the page's text throws.
 */
async function faultInContentScript(h: Harness, page: Page): Promise<void> {
  const cdp = await h.context.newCDPSession(page);
  const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context as (typeof worlds)[number]));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.name === 'OPP-wijzer');
  expect(world, JSON.stringify(worlds.map((w) => [w.name, w.auxData?.type]))).toBeDefined();
  await cdp.send('Runtime.evaluate', { contextId: world!.id, expression: "Document.prototype.createTreeWalker = function () { throw new TypeError('kapot'); }" });
}

/** The popup as a page about tab `tabId` (the toolbar popup itself can't be driven headless). */
async function openPopup(h: Harness, tabId: number): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('main.popup').waitFor();
  return popup;
}

describe('the toolbar popup', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(SITE);
  });
  afterAll(() => h?.close());

  it('lists on an OPP page the same findings as the sidebar, and jumps to one', async () => {
    const page = await h.open(`${TD}/opp/sem`);
    const sidebar = new SidebarPage(page);
    await sidebar.aside.waitFor();
    const inSidebar = await sidebar.statuses();
    const popup = await openPopup(h, await tabIdOf(h, page));
    const inPopup = await popup.$$eval('li[data-rule]', (items) =>
      Object.fromEntries(items.map((li) => [li.getAttribute('data-rule'), (li.className.match(/finding--(\w+)/)?.[1] ?? '').replace(/^na$/, 'n/a')])),
    );
    expect(inPopup).toEqual(inSidebar);
    // On the OPP page too it fits in 600 px: what is in order folds, what needs doing shows.
    await popup.setViewportSize({ width: 400, height: 600 });
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
    expect(await popup.locator('details.fold li[data-rule]').evaluateAll((items) => items.every((li) => li.matches('.finding--pass, .finding--na')))).toBe(true);
    expect((await axeOnExtensionPage(popup)).violations).toEqual([]);
    // One filled button: the way to the first thing missing (no guide for an OPP part) (#25 item 9).
    expect(await lookOf(popup)).toEqual({ filled: ['Ga naar dit onderdeel'], touching: [], small: [] });
    expect(await popup.locator('li[data-rule="opp.hoorrecht"]').textContent()).toContain('Niet beschreven hoe de mening van de leerling is meegenomen');
    await popup.setViewportSize({ width: 400, height: 620 });
    await readmeShot(popup, 'popup');
    await popup.locator('li[data-rule="opp.hoorrecht"] button.link').click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('name') ?? '')).toMatch(/hoorrecht$/);
    await page.close();
  });

  it.each([
    ['a Topdossier OPP: the sidebar', `${TD}/opp/sem`, 'opp-wijzer-layer aside.sidebar'],
    ['a ParnasSys pupil: the badge', PS_PASSEND, 'opp-wijzer-pupil .pupil-badge'],
  ])('says when its own code failed to read %s goes, and the popup says so', async (_, url, layer) => {
    const page = await h.open(url);
    await page.locator(layer).waitFor({ timeout: 10_000 });
    await faultInContentScript(h, page);
    // An Ajax change makes it read the page again.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('section'), { textContent: 'Nieuw blok' })));
    await expect.poll(() => page.locator(layer).count(), { timeout: 5000 }).toBe(0);
    const popup = await openPopup(h, await tabIdOf(h, page));
    expect(await popup.getByRole('heading', { name: 'OPP-wijzer kon deze pagina niet lezen' }).count()).toBe(1);
    expect(await popup.locator('li[data-rule]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('shows the OPP process from the board guidance anywhere else, with its guides', async () => {
    const page = await h.open('https://example.org/');
    const popup = await openPopup(h, await tabIdOf(h, page));
    const steps = await popup.$$eval('ol.process > li', (items) => items.map((li) => li.getAttribute('data-step')));
    expect(steps).toEqual(['besluit', 'termijn', 'onderdelen', 'hoorrecht', 'instemming', 'rod', 'pdf', 'evaluatie', 'privacy']);
    // 2FA and the bewaartermijnen are one guide (one form, one save); the user's own 2FA the other.
    expect(await popup.locator('li[data-step="privacy"] button').count()).toBe(2);
    // In the 400×600 the browser allows a popup: everything fits, with the step of most buttons open.
    await popup.setViewportSize({ width: 400, height: 600 });
    const height = () => popup.evaluate(() => document.documentElement.scrollHeight);
    expect(await height()).toBeLessThanOrEqual(600);
    await popup.locator('li[data-step="privacy"] > details > summary').click();
    expect(await height()).toBeLessThanOrEqual(600);
    // Opening another step closes the first; the guide's feedback shows right below its button.
    await popup.locator('li[data-step="rod"] > details > summary').click();
    expect(await popup.locator('li[data-step="privacy"] > details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const show = popup.locator('li[data-step="rod"] button', { hasText: 'OPP registreren voor ROD' });
    await show.click();
    const status = popup.getByRole('status');
    expect(await status.textContent()).toContain('de uitleg begint daar');
    const [button, said] = [await show.boundingBox(), await status.boundingBox()];
    expect(said!.y - (button!.y + button!.height)).toBeLessThan(100);
    expect(said!.y + said!.height).toBeLessThanOrEqual(600);
    expect((await axeOnExtensionPage(popup)).violations).toEqual([]);
    // Off the two apps the next step is the first of the process: "Is een OPP nodig?".
    expect(await lookOf(popup)).toEqual({ filled: ['Is een OPP nodig?'], touching: [], small: [] });
    await page.close();
    await popup.close();
  });

  it('answers "Is een OPP nodig?" from the board\'s criteria', async () => {
    const page = await h.open('https://example.org/');
    const popup = await openPopup(h, await tabIdOf(h, page));
    await popup.locator('p.actions button', { hasText: 'Is een OPP nodig?' }).click();
    const advice = popup.locator('.advice');
    // No answer chosen for the user, and no verdict before every question has one.
    expect(await popup.locator('input[type=radio]:checked').count()).toBe(0);
    expect(await advice.textContent()).toContain('Nog te beantwoorden: 5');
    for (const q of ['externe gelden', 'onderwijstijd', 'lager dan 1F', 'speciaal (basis)onderwijs']) await popup.locator('fieldset', { hasText: q }).getByLabel('Nee').check();
    await popup.getByLabel('Geen van deze').check();
    expect(await advice.textContent()).toContain('Nee, dit valt binnen de basisondersteuning');
    await popup.getByLabel('Verlengde of verdiepende instructie (1-op-1 of klein groepje)').check();
    await popup.getByLabel('Meertalig').check();
    expect(await advice.textContent()).toContain('kan de school kiezen voor een OPP');
    await popup.locator('fieldset', { hasText: 'externe gelden' }).getByLabel('Ja').check();
    expect(await advice.textContent()).toContain('Ja, een OPP is verplicht (niveau 4)');
    expect(await advice.textContent()).toContain('Registreer het OPP daarna als onderwijsarrangement');
    expect((await axeOnExtensionPage(popup)).violations).toEqual([]);
    await page.close();
    await popup.close();
  });

  it('saves an anonymised page structure as a file', async () => {
    const page = await h.open(`${TD}/opp/sem`);
    await new SidebarPage(page).aside.waitFor();
    const popup = await openPopup(h, await tabIdOf(h, page));
    // A tool for the makers, folded away from the staff's checklist.
    await popup.getByText('Voor de makers: paginastructuur').click();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Paginastructuur opslaan' }).click()]);
    expect(download.suggestedFilename()).toBe('paginastructuur-topdossier-opp.html');
    const text = (await download.createReadStream().then(async (s) => { const chunks: Buffer[] = []; for await (const c of s) chunks.push(c as Buffer); return Buffer.concat(chunks).toString('utf8'); }));
    expect(text).toContain('Belemmerende factoren');
    for (const secret of ['Sem de Vries', '12-03-2016', 'TOS', 'Kentalis']) expect(text).not.toContain(secret);
    await page.close();
    await popup.close();
  });

  it('says "Opgeslagen" beside the option that changed, and passes axe-core', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Advies evaluaties per schooljaar' }).waitFor({ timeout: 5000 });
    await options.locator('input[name=evaluations]:not(:checked)').first().check({ timeout: 5000 });
    const evaluations = options.locator('section', { has: options.getByRole('heading', { name: 'Advies evaluaties per schooljaar' }) });
    await expect.poll(() => evaluations.getByRole('status').textContent()).toContain('Opgeslagen.');
    // A check switched off: said beside that check, and only there.
    const check = options.locator('div[data-rule="opp.termijn"]');
    await check.getByRole('checkbox').uncheck({ timeout: 5000 });
    await expect.poll(() => check.getByRole('status').textContent()).toContain('Opgeslagen.');
    expect(await options.getByRole('status').count()).toBe(1);
    // Staff see each check by its title; its id (for the ICT's policy) is not on the screen.
    expect(await options.locator('section', { has: options.getByRole('heading', { name: 'Controles' }) }).innerText()).not.toMatch(/opp\.termijn|settings\.2fa/);
    expect((await axeOnExtensionPage(options)).violations).toEqual([]);
    expect(await lookOf(options)).toEqual({ filled: ['ROD-controle (hele school)'], touching: [], small: [] });
    await check.getByRole('checkbox').check();
    await options.close();
  });

  it('made no network request of its own', () => {
    expect(h.extensionRequests).toEqual([]);
  });
});

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/opp-wijzer-e2e.json`;

describe('board policy through Chromium\'s managed policies', () => {
  let h: Harness;
  beforeAll(async () => {
    // The extension id follows from the build's path: learn it, then write the policy a board would.
    const probe = await launch({});
    const id = probe.extensionId;
    await probe.close();
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(
      POLICY_FILE,
      // "x" passes Chrome's own schema check (a string) but is too short to be a label: ours rejects it.
      JSON.stringify({ '3rdparty': { extensions: { [id]: { language: 'en', disabledChecks: ['opp.termijn'], oppSynonyms: { hoorrecht: ['x'] } } } } }),
    );
    h = await launch(SITE);
  });
  afterAll(async () => {
    await h?.close();
    if (existsSync(POLICY_FILE)) rmSync(POLICY_FILE);
  });

  it('sets the language and switches a check off, on the page', async () => {
    const page = await h.open(`${TD}/opp/lotte`);
    const s = new SidebarPage(page);
    await s.aside.waitFor();
    await expect.poll(() => s.aside.locator('h3').first().textContent(), { timeout: 15_000 }).toMatch(/^(To check|In order)/);
    expect(Object.keys(await s.statuses())).not.toContain('opp.termijn');
    await page.close();
  });

  it('reports the invalid value in the options, and locks what the board set', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByTestId('policy-problems').waitFor();
    expect(await options.getByTestId('policy-problems').textContent()).toContain('oppSynonyms: invalid value');
    expect(await options.getByTestId('policy-in-force').textContent()).toContain('"en"');
    expect(await options.locator('select').isDisabled()).toBe(true);
    expect(await options.locator('input[type=radio]').first().isDisabled()).toBe(false);
    await options.close();
  });

  it('made no network request of its own', () => {
    expect(h.extensionRequests).toEqual([]);
  });
});
