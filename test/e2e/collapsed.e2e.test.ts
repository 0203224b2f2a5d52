/**
 * An OPP in closed accordion sections: complete means complete, an emptied part turns red
 * fast, and a part in a closed section is marked on the section's own button.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { SidebarPage } from './sidebar-page';

const URL_OPP = 'https://wijs-demo.topdossier.nl/dossier/412/opp';
const URL_TABS = 'https://wijs-demo.topdossier.nl/dossier/413/groeidocument';

describe('an OPP in collapsed sections', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ [URL_OPP]: 'opp/i-accordion.html', [URL_TABS]: 'opp/o-tabs-split-words.html' });
  });
  afterAll(async () => {
    expect(h?.extensionRequests ?? []).toEqual([]);
    await h?.close();
  });

  it('is complete when complete, turns red within half a second when a part is emptied, and marks a closed part on its section button', async () => {
    const s = new SidebarPage(await h.open(URL_OPP));
    await s.aside.waitFor();
    const statuses = await s.statuses();
    expect(Object.values(statuses).filter((v) => v === 'fail' || v === 'review')).toEqual([]);
    expect(await s.aside.locator('.sidebar__counts').textContent()).toContain('Alles in orde');

    // The user opens the section with the page's own button, and empties the part.
    const button = s.page.locator('button#b6');
    await button.click();
    const field = s.page.locator('textarea[name="hoorrecht"]');
    await field.fill('');
    const emptied = Date.now();
    await expect.poll(async () => (await s.statuses())['opp.hoorrecht'], { timeout: 500, interval: 25 }).toBe('fail');
    expect(Date.now() - emptied).toBeLessThan(500);
    const onField = await s.marker('opp.hoorrecht').boundingBox();
    const fieldBox = await field.boundingBox();
    expect(Math.abs(onField!.y - (fieldBox!.y - 3))).toBeLessThan(4);

    // Closed again: the marker moves to the section's button, which is all there is to see.
    await button.click();
    const buttonBox = await button.boundingBox();
    await expect.poll(async () => Math.abs(((await s.marker('opp.hoorrecht').boundingBox())?.y ?? -99) - (buttonBox!.y - 3)), { timeout: 2000 }).toBeLessThan(4);

    // A click on the finding points at the button and says to open it; the section stays closed.
    await s.finding('opp.hoorrecht').locator('button.finding__title').click();
    await expect.poll(() => s.finding('opp.hoorrecht').locator('.finding__hint').first().textContent()).toBe('Open ‘Mening van de leerling’ om het te zien.');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await s.page.evaluate(() => document.activeElement?.textContent)).toBe('Mening van de leerling');
  });

  it('reads tabs that a class alone hides (Bootstrap), and marks a part in a hidden tab on that tab', async () => {
    const s = new SidebarPage(await h.open(URL_TABS));
    await s.aside.waitFor();
    expect(await s.aside.locator('.sidebar__counts').textContent()).toContain('Alles in orde');

    const tab = s.page.locator('a.nav-link[href="#ouders"]');
    await tab.click();
    const field = s.page.locator('textarea[name="hoorrecht"]');
    await field.fill('');
    await expect.poll(async () => (await s.statuses())['opp.hoorrecht'], { timeout: 500, interval: 25 }).toBe('fail');

    // Back to the first tab: the emptied part is out of sight, so its marker sits on its tab.
    await s.page.locator('a.nav-link[href="#gegevens"]').click();
    const tabBox = await tab.boundingBox();
    await expect.poll(async () => Math.abs(((await s.marker('opp.hoorrecht').boundingBox())?.y ?? -99) - (tabBox!.y - 3)), { timeout: 2000 }).toBeLessThan(4);
    await s.finding('opp.hoorrecht').locator('button.finding__title').click();
    await expect.poll(() => s.finding('opp.hoorrecht').locator('.finding__hint').first().textContent()).toBe('Open ‘Ouders en leerling’ om het te zien.');
  });
});
