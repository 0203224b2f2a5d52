/**
 * The Firefox build in real Firefox ESR (the apt one and 140): the sidebar, the ParnasSys
 * badge, a guide step and the popup's list, and no request from the extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../e2e/harness';
import { FIREFOXES, launchFirefox, type FxHarness } from './harness';

const TD = 'https://wijs-demo.topdossier.nl';
const PS = 'https://wijs.parnassys.net';
const SITE = {
  [`${TD}/opp/1`]: 'opp/a-empty-hoorrecht.html',
  [`${TD}/opp/lotte`]: 'opp/c-print-view.html',
  [`${PS}/bao/leerling/passend?1-1.ILinkListener-subtabs-1`]: 'site/ps/passend-leeg.html',
};

describe.each(FIREFOXES)('$name', ({ path, major }) => {
  let h: FxHarness;
  beforeAll(async () => {
    h = await launchFirefox(path, SITE);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('shows the sidebar on an OPP, with the missing parts marked on the page', async () => {
    const page = await h.open(`${TD}/opp/1`);
    const aside = await page.waitForSelector('opp-wijzer-layer >>> aside.sidebar', { timeout: 15_000 });
    expect(await aside!.evaluate((el) => el.textContent)).toContain('2 ontbreekt');
    await page.waitForSelector('opp-wijzer-layer >>> .marker[data-rule="opp.hoorrecht"]');
    expect(await eventually(() => h.badgeText(`${TD}/opp/*`), '2')).toBe('2');
    await page.close();
  });

  it('lists the page\'s findings in the popup', async () => {
    const page = await h.open(`${TD}/opp/1`);
    await page.waitForSelector('opp-wijzer-layer >>> aside.sidebar', { timeout: 15_000 });
    const ext = await h.extensionPage();
    const tabId = await ext.evaluate(async (url: string) => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await b.tabs.query({ url }))[0]?.id ?? -1;
    }, `${TD}/opp/1`);
    await ext.close();
    const popup = await h.extensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('main.popup li[data-rule="opp.hoorrecht"]', { timeout: 10_000 });
    const rules = await popup.$$eval('main.popup li[data-rule]', (lis) => lis.map((li) => li.getAttribute('data-rule')));
    expect(rules).toContain('opp.onderbouwing');
    await popup.close();
    await page.close();
  });

  it('warns on ParnasSys once the OPP was opened in Topdossier, and starts the ROD guide', async () => {
    const opp = await h.open(`${TD}/opp/lotte`);
    await opp.waitForSelector('opp-wijzer-layer >>> aside.sidebar', { timeout: 15_000 });
    await opp.close();
    const page = await h.open(`${PS}/bao/leerling/passend?1-1.ILinkListener-subtabs-1`);
    expect(await eventually(() => h.badgeText(`${PS}/*`), '!')).toBe('!');
    const register = await page.waitForSelector('opp-wijzer-pupil >>> aside.pupil-badge button', { timeout: 10_000 });
    expect(await register!.evaluate((b) => b.textContent)).toBe('Registreer nu');
    await register!.click();
    const step = await page.waitForSelector('opp-wijzer-guide >>> .callout__instruction', { timeout: 10_000 });
    expect(await step!.evaluate((el) => el.textContent)).toContain('Onderwijsarrangement toevoegen');
    await page.close();
  });

  it('sends nothing anywhere', () => {
    expect(h.version).toMatch(major);
    expect(h.strayRequests).toEqual([]);
  });
});
