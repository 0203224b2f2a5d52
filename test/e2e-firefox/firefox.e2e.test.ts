/**
 * The Firefox build in real Firefox ESR (the apt one and 140): the sidebar, the ParnasSys
 * badge, a guide step and the popup's list, and no request from the extension; and one page
 * per family the overlay must hold in (a modal dialog, a form in a frame, a router's view).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../e2e/harness';
import { formFramePage, formPage, oppDialogPage, PS, spaSite, TD, URL_FORM, URL_FORM_FRAME, URL_OPP_DIALOG } from '../e2e/family-pages';
import { FIREFOXES, launchFirefox, type FxHarness } from './harness';

const SITE = {
  [URL_OPP_DIALOG]: oppDialogPage,
  [URL_FORM_FRAME]: formFramePage,
  [URL_FORM]: formPage,
  ...spaSite(),
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

  it('docks beside the page: the page narrows, no label or field runs under the sidebar, no horizontal scroll', async () => {
    const page = await h.open(`${TD}/opp/1`);
    // The older ESR's WebDriver BiDi cannot resize: its window stays 800 px wide, too narrow to dock in.
    await page.setViewport({ width: 1024, height: 768 }).catch(() => undefined);
    await page.waitForSelector('opp-wijzer-layer >>> aside.sidebar', { timeout: 15_000 });
    await page.waitForSelector('opp-wijzer-layer >>> .marker');
    await new Promise((r) => setTimeout(r, 300));
    const seen = await page.evaluate(() => {
      const bar = document.querySelector('opp-wijzer-layer')!.shadowRoot!.querySelector('aside.sidebar')!.getBoundingClientRect();
      const under = Array.from(document.querySelectorAll('label, input, textarea, select')).filter((e) => e.getBoundingClientRect().right > bar.left).length;
      const se = document.scrollingElement!;
      return { width: innerWidth, margin: getComputedStyle(document.documentElement).marginRight, under, scroll: se.scrollWidth > se.clientWidth };
    });
    if (seen.width >= 944) expect(seen).toMatchObject({ margin: '344px', under: 0, scroll: false });
    else expect(seen).toMatchObject({ margin: '0px', scroll: false });
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
    const register = await page.waitForSelector('opp-wijzer-pupil >>> aside.pupil-badge .callout__actions button', { timeout: 10_000 });
    expect(await register!.evaluate((b) => b.textContent)).toBe('Registreer nu');
    await register!.click();
    const step = await page.waitForSelector('opp-wijzer-guide >>> .callout__instruction', { timeout: 10_000 });
    expect(await step!.evaluate((el) => el.textContent)).toContain('Onderwijsarrangement toevoegen');
    await page.close();
  });

  it('a modal dialog: the part in it is marked on its field, in the dialog, with no sidebar over the inert page', async () => {
    const page = await h.open(URL_OPP_DIALOG);
    await page.waitForSelector('opp-wijzer-layer >>> .marker[data-rule="opp.hoorrecht"]', { timeout: 15_000 });
    const where = await page.evaluate(() => {
      const host = document.querySelector('opp-wijzer-layer')!;
      const m = host.shadowRoot!.querySelector('.marker[data-rule="opp.hoorrecht"]')!.getBoundingClientRect();
      const f = document.querySelector('dialog textarea')!.getBoundingClientRect();
      return { in: host.parentElement?.id, around: m.left <= f.left && m.top <= f.top && m.right >= f.right && m.bottom >= f.bottom, sidebar: !!host.shadowRoot!.querySelector('aside') };
    });
    expect(where).toEqual({ in: 'deel', around: true, sidebar: false });
    await page.close();
  });

  it('a form in a same-origin frame: read, and a part emptied in it is ontbreekt', async () => {
    const page = await h.open(URL_FORM_FRAME);
    await page.waitForSelector('opp-wijzer-layer >>> aside.sidebar', { timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('opp-wijzer-layer')?.shadowRoot?.querySelector('.sidebar__counts')?.textContent?.includes('Alles in orde'), { timeout: 10_000 });
    // Emptied as a user does: into the field, all of its text selected, deleted.
    await page.evaluate(() => {
      const field = (document.querySelector('#formulier') as HTMLIFrameElement).contentDocument!.querySelector<HTMLTextAreaElement>('textarea[name$="hoorrecht"]')!;
      field.focus();
      field.select();
    });
    await page.keyboard.press('Backspace');
    await page.waitForFunction(() => document.querySelector('opp-wijzer-layer')?.shadowRoot?.querySelector('li[data-rule="opp.hoorrecht"]')?.classList.contains('finding--fail'), { timeout: 5000 });
    await page.close();
  });

  it('navigation without a page load: the OPP a router shows gets the sidebar; back on the start page it goes', async () => {
    const page = await h.open(`${TD}/app/`);
    const link = await page.waitForSelector('a[href="/app/dossier/9/opp"]', { timeout: 10_000 });
    await link!.click();
    await page.waitForFunction(() => document.querySelector('opp-wijzer-layer')?.shadowRoot?.querySelector('.sidebar__counts')?.textContent?.includes('2 ontbreekt'), { timeout: 5000 });
    await page.evaluate(() => history.back());
    await page.waitForFunction(() => !document.querySelector('opp-wijzer-layer')?.shadowRoot?.querySelector('aside, .marker'), { timeout: 5000 });
    expect(await page.evaluate(() => location.pathname)).toBe('/app/');
    await page.close();
  });

  it('sends nothing anywhere', () => {
    expect(h.version).toMatch(major);
    expect(h.strayRequests).toEqual([]);
  });
});
