import { afterEach, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { SidebarPage } from './sidebar-page';
import { GuidePage, startGuide } from './guide-page';

const URL_OPP = 'https://wijs-demo.topdossier.nl/opp/1';
let h: Harness | undefined;
afterEach(async () => {
  // Every test here also proves the extension sent nothing anywhere.
  expect(h?.extensionRequests ?? []).toEqual([]);
  await h?.close();
  h = undefined;
});

describe('the layer\'s life cycle and language', () => {
  it('disappears cleanly when the extension is turned off, and the page goes on working', async () => {
    h = await launch({ [URL_OPP]: 'opp/a-empty-hoorrecht.html' });
    const s = new SidebarPage(await h.open(URL_OPP));
    await s.aside.waitFor();
    await s.marker('opp.hoorrecht').waitFor();
    const errors: string[] = [];
    s.page.on('pageerror', (e) => errors.push(e.message));
    // What the user's switch on chrome://extensions does.
    const extensionsPage = await h.context.newPage();
    await extensionsPage.goto('chrome://extensions');
    await extensionsPage.evaluate((id) => chrome.management.setEnabled(id, false), h.extensionId);
    await expect.poll(() => s.layer.count(), { timeout: 10_000 }).toBe(0);
    await s.page.fill('textarea[name$="hoorrecht"]', 'Na het uitzetten werkt de pagina nog.');
    expect(await s.page.inputValue('textarea[name$="hoorrecht"]')).toBe('Na het uitzetten werkt de pagina nog.');
    expect(errors).toEqual([]);
  });

  it('on an update or reload mid-guide: the old layers go without errors, the guide says it stopped, the next load has one sidebar', async () => {
    h = await launch({ [URL_OPP]: 'opp/a-empty-hoorrecht.html' });
    const s = new SidebarPage(await h.open(URL_OPP));
    await s.aside.waitFor();
    await startGuide(h, s.page, 'opp-pdf-jaarlijks');
    await new GuidePage(s.page).callout.waitFor();
    const errors: string[] = [];
    s.page.on('pageerror', (e) => errors.push(e.message));
    // What an update does to the running extension (Chrome reloads it in place).
    await h.worker.evaluate(() => chrome.runtime.reload());
    await expect.poll(() => s.layer.count(), { timeout: 10_000 }).toBe(0);
    expect(await s.page.locator('opp-wijzer-guide').count()).toBe(0);
    const notice = s.page.locator('opp-wijzer-notice [role=status]');
    expect(await notice.textContent()).toContain('De uitleg ‘Jaarlijks: OPP als PDF in ParnasSys’ is gestopt');
    await s.page.fill('textarea[name$="hoorrecht"]', 'De pagina werkt gewoon door.');
    expect(errors).toEqual([]);
    // The new version takes over on a next load, once Chromium has installed it (a few
    // seconds here): never two sidebars on the way.
    const layers: number[] = [];
    for (let i = 0; i < 6 && !layers.includes(1); i++) {
      await s.page.reload();
      await s.aside.waitFor({ timeout: 4000 }).catch(() => undefined);
      layers.push(await s.layer.count());
    }
    expect(layers.at(-1)).toBe(1);
    expect(Math.max(...layers)).toBe(1);
    await s.aside.waitFor();
    expect(await s.layer.count()).toBe(1);
    expect(await s.aside.count()).toBe(1);
  });

  it('speaks English in an English browser', async () => {
    h = await launch({ [URL_OPP]: 'opp/a-empty-hoorrecht.html' }, { locale: 'en-US' });
    const s = new SidebarPage(await h.open(URL_OPP));
    await s.aside.waitFor();
    expect(await s.aside.locator('h3').first().textContent()).toBe('Missing (2)');
    expect(await s.marker('opp.hoorrecht').textContent()).toBe("Missing: The pupil's view (hoorrecht)");
  });
});
