/**
 * A busy page (issue #27 part 7): a clock ten times a second, a word ticker four times a second and
 * an Ajax poll every 2 s beside a complete OPP (bench/busy-page.ts, where its cost is measured). The
 * findings stay as they are while the page ticks, and what the user types is still checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { SidebarPage } from './sidebar-page';
import { busyPage } from '../../bench/busy-page';

const URL_BUSY = 'https://wijs-demo.topdossier.nl/dossier/901/opp';

describe('an OPP on a busy page', () => {
  let h: Harness;
  beforeAll(async () => {
    const body = busyPage();
    h = await launch({ [URL_BUSY]: () => body });
  });
  afterAll(async () => {
    expect(h?.extensionRequests ?? []).toEqual([]);
    await h?.close();
  });

  it('stays complete while the page ticks, and a part emptied by the user is ontbreekt despite the ticker', async () => {
    const s = new SidebarPage(await h.open(URL_BUSY));
    await s.aside.waitFor();
    await expect.poll(() => s.aside.locator('.sidebar__counts').textContent()).toContain('Alles in orde');
    // Two seconds of ticking and one Ajax swap: nothing changes in the findings.
    await s.page.waitForTimeout(2200);
    expect(await s.aside.locator('.sidebar__counts').textContent()).toContain('Alles in orde');
    await s.page.locator('textarea[name$="hoorrecht"]').fill('');
    // Held as "being updated" while the page changes, at most SETTLE_MAX_MS (2 s): then it stands.
    await expect.poll(async () => (await s.statuses())['opp.hoorrecht'], { timeout: 3500, interval: 25 }).toBe('fail');
  });
});
