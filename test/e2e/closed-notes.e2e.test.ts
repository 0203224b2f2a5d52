/**
 * The three notes OPP-wijzer puts on host pages can be closed (#25 item 6): the settings banner,
 * the badge beside a pupil's name in ParnasSys and the note on Topdossier's list of dossiers.
 * Closed, a note stays closed after a reload; it comes back when it has something worse to say,
 * and after "Alle gegevens wissen". axe finds nothing wrong in any of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeOnLayer } from './axe';
import { launch, ROOT, type Harness } from './harness';
import { guideSite, PS, TD } from './guide-site';

const SETTINGS = `${TD}/instellingen/school`;
const PASSEND = `${PS}/bao/leerling/passend?1-1.ILinkListener-subtabs-1`;
/** Another pupil's Passend onderwijs page, as empty as Lotte's. */
const OTHER_PUPIL = `${PS}/bao/leerling/passend?2-1.ILinkListener-subtabs-1`;
const LIST_WITH_BIRTHS = `${TD}/dossiers/niveau`;
const LIST_WITHOUT_BIRTHS = `${TD}/dossiers`;

/** The school's settings as the test sets them: 2FA and the retention periods. */
const settings = { twofa: 'nee', bewaar: 'automatisch' };
function settingsPage(): string {
  const html = readFileSync(join(ROOT, 'test/fixtures/settings/s-select-table-off.html'), 'utf8').replace(/ selected>/g, '>');
  return html.replace(`<option value="${settings.twofa}">`, `<option value="${settings.twofa}" selected>`).replace(`<option value="${settings.bewaar}">`, `<option value="${settings.bewaar}" selected>`);
}

const closeButton = (page: Page, host: string) => page.locator(`${host} button.note__close`);

describe('closable notes, remembered per kind of note', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(
      guideSite({
        [SETTINGS]: () => settingsPage(),
        [LIST_WITH_BIRTHS]: 'opp/e-dossier-list-niveau.html',
        [LIST_WITHOUT_BIRTHS]: 'opp/e-dossier-list.html',
        [`${TD}/opp/lotte`]: 'opp/c-print-view.html',
        [OTHER_PUPIL]: () => readFileSync(join(ROOT, 'test/fixtures/site/ps/passend-leeg.html'), 'utf8').replace('Lotte Bakker', 'Fenna de Wit').replace('geboren 04-07-2017', 'geboren 11-02-2016'),
      }),
    );
  });
  afterAll(() => h?.close());

  it('folds the settings banner to one line when all is in order, and unfolds it', async () => {
    settings.twofa = 'ja';
    settings.bewaar = 'automatisch';
    const page = await h.open(SETTINGS);
    const line = page.locator('opp-wijzer-layer .banner__line');
    await line.waitFor();
    expect(await line.textContent()).toContain('OPP-wijzer: privacy-instellingen in orde (2)');
    expect(await page.locator('opp-wijzer-layer .banner li').count()).toBe(0);
    const box = await page.locator('opp-wijzer-layer aside.banner').boundingBox();
    expect(box!.height).toBeLessThan(60);
    expect((await axeOnLayer(page, 'opp-wijzer-layer', 'aside.banner')).violations).toEqual([]);
    await page.locator('opp-wijzer-layer').getByRole('button', { name: 'Toon de instellingen' }).click();
    expect(await page.locator('opp-wijzer-layer .banner li.finding--pass').count()).toBe(2);
    await page.close();
  });

  it('closes the settings banner for good, until a setting that was in order fails', async () => {
    settings.twofa = 'nee';
    const page = await h.open(SETTINGS);
    const banner = page.locator('opp-wijzer-layer aside.banner');
    await banner.locator('li.finding--fail').waitFor();
    expect((await axeOnLayer(page, 'opp-wijzer-layer', 'aside.banner')).violations).toEqual([]);
    await page.locator('opp-wijzer-layer').getByRole('button', { name: 'Sluit deze melding' }).click();
    expect(await banner.count()).toBe(0);
    await page.reload();
    // The page is checked (the sidebar layer is there) and the banner stays away.
    await page.locator('opp-wijzer-layer').waitFor({ state: 'attached' });
    await page.waitForTimeout(800);
    expect(await banner.count()).toBe(0);

    settings.bewaar = 'handmatig';
    await page.reload();
    await banner.locator('li[data-rule="settings.bewaartermijn"].finding--fail').waitFor();
    await page.close();
  });

  it("closes the ParnasSys badge for this pupil, not another's, until its question becomes a fail", async () => {
    const page = await h.open(PASSEND);
    const badge = page.locator('opp-wijzer-pupil aside.pupil-badge');
    await expect.poll(() => badge.getAttribute('class')).toContain('pupil-badge--vraag');
    expect((await axeOnLayer(page, 'opp-wijzer-pupil', 'aside.pupil-badge')).violations).toEqual([]);
    await closeButton(page, 'opp-wijzer-pupil').click();
    expect(await badge.count()).toBe(0);
    await page.reload();
    await page.waitForTimeout(1200);
    expect(await badge.count()).toBe(0);
    // Another pupil with the same question: her badge was not closed.
    const other = await h.open(OTHER_PUPIL);
    await expect.poll(() => other.locator('opp-wijzer-pupil aside.pupil-badge').getAttribute('class')).toContain('pupil-badge--vraag');
    await other.close();

    // Lotte's OPP opened in Topdossier: now she has an OPP and no arrangement, a fail.
    const opp = await h.open(`${TD}/opp/lotte`);
    await opp.locator('opp-wijzer-layer aside.sidebar').waitFor();
    await expect.poll(async () => JSON.stringify(await h.worker.evaluate(() => chrome.storage.local.get(null)))).toMatch(/"oppStart":"2025-09-15"/);
    await opp.close();
    await page.reload();
    await expect.poll(() => badge.getAttribute('class')).toContain('pupil-badge--fail');
    expect((await axeOnLayer(page, 'opp-wijzer-pupil', 'aside.pupil-badge')).violations).toEqual([]);
    await page.close();
  });

  it('closes the note on the list of dossiers for good, until a list cannot be read for certain', async () => {
    const page = await h.open(LIST_WITH_BIRTHS);
    const note = page.locator('opp-wijzer-list .list-note');
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toContain("OPP's herkend");
    expect(await note.textContent()).not.toContain('geen geboortedatums');
    expect((await axeOnLayer(page, 'opp-wijzer-list', '.list-note')).violations).toEqual([]);
    await closeButton(page, 'opp-wijzer-list').click();
    expect(await note.count()).toBe(0);
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await note.count()).toBe(0);

    // A list without birth dates: the note has a warning it did not have when it was closed.
    const other = await h.open(LIST_WITHOUT_BIRTHS);
    await expect.poll(() => other.locator('opp-wijzer-list .list-note').textContent(), { timeout: 10_000 }).toContain('geen geboortedatums');
    await other.close();
    await page.close();
  });

  it('stores only the kinds of note and the checks, and "Alle gegevens wissen" brings every note back', async () => {
    const stored = await h.worker.evaluate(() => chrome.storage.local.get('closedNotes'));
    expect(Object.keys((stored.closedNotes as { closed: object }).closed).sort()).toEqual(['dossier-list', 'settings']);
    // The badge's close is in Lotte's link: a salted key and the checks' ids, no name.
    const links = await h.worker.evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(links)).toMatch(/"badgeClosed":\{"rod\.arrangement":"n\/a"\}/);
    for (const name of ['Lotte', 'Bakker', 'Fenna', '04-07-2017']) expect(JSON.stringify(links)).not.toContain(name);
    for (const name of ['Lotte', 'Bakker', 'Sem', 'Noor']) expect(JSON.stringify(stored)).not.toContain(name);

    const options = await h.open(`chrome-extension://${h.extensionId}/options.html`);
    options.on('dialog', (d) => void d.accept());
    await options.getByRole('button', { name: 'Alle gegevens wissen' }).click();
    await options.getByText('Alles is gewist.').waitFor();
    expect(await h.worker.evaluate(() => chrome.storage.local.get('closedNotes'))).toEqual({});
    await options.close();

    const page = await h.open(LIST_WITH_BIRTHS);
    await expect.poll(() => page.locator('opp-wijzer-list .list-note').textContent(), { timeout: 10_000 }).toContain("OPP's herkend");
    await page.close();
  });

  it('sends no request of its own', () => {
    expect(h.extensionRequests).toEqual([]);
  });
});
