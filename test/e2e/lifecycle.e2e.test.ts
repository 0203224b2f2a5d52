import { afterEach, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { SidebarPage } from './sidebar-page';

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

  it('speaks English in an English browser', async () => {
    h = await launch({ [URL_OPP]: 'opp/a-empty-hoorrecht.html' }, { locale: 'en-US' });
    const s = new SidebarPage(await h.open(URL_OPP));
    await s.aside.waitFor();
    expect(await s.aside.locator('h3').first().textContent()).toBe('Missing (2)');
    expect(await s.marker('opp.hoorrecht').textContent()).toBe("Missing: The pupil's view (hoorrecht)");
  });
});
