/**
 * The whole school's ROD check: Topdossier's list teaches which pupils have an OPP, then the
 * ROD-controle page reads a ParnasSys export chosen through its file input and shows the
 * totals and what is missing. Nothing of the file is stored; no request leaves the extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utils, write } from '@e965/xlsx';
import { eventually, launch, readmeShot, storeShot, type Harness } from './harness';

const LIST = 'https://wijs-demo.topdossier.nl/dossiers?groep=5-8';
/** Lotte Bakker's Passend onderwijs, without any arrangement. */
const PASSEND = 'https://wijs.parnassys.net/bao/leerling/passend?1-1.ILinkListener-subtabs-1';

/** A Dynamisch overzicht export as ParnasSys could save it: title rows, then the table. */
function exportFile(): Buffer {
  const rows: (string | number)[][] = [
    ['Dynamisch overzicht – OBS De Wilg'],
    ['Peildatum 28-11-2026'],
    [],
    ['Achternaam', 'Tussenvoegsel', 'Roepnaam', 'Geboortedatum', 'Groep', 'Onderwijsarrangement peildatum (ingangsdatum)', 'Einddatum', 'Opmerkingen'],
    ['Vries', 'de', 'Sem', '12-03-2016', '6', '', '', ''],
    ['Jansen', '', 'Noor', '21-05-2015', '7', 45931, 46599, 'SWV-arrangement'],
    ['Kok', '', 'Mees', '22-10-2015', '7', '', '', ''],
    ['Bakker', '', 'Lotte', '04-07-2017', '5', '', '', 'Ambulante begeleiding Visio'],
    ['Yilmaz', '', 'Sara', '11-12-2016', '5', '01-10-2025', '', ''],
  ];
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'Leerlingen');
  return Buffer.from(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('ROD-controle for the whole school', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ [LIST]: 'opp/e-dossier-list-niveau.html', [PASSEND]: 'parnassys/ps-passend-leeg.html' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('learns the OPPs from Topdossier\'s list, then finds what is missing in the export', async () => {
    const list = await h.open(LIST);
    await expect.poll(() => list.locator('opp-wijzer-list .list-note').textContent(), { timeout: 10_000 }).toContain("3 OPP's herkend");

    // The ParnasSys warning now works for a pupil whose OPP was never opened, only listed.
    const passend = await h.open(PASSEND);
    const badge = passend.locator('opp-wijzer-pupil aside.pupil-badge');
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toContain('de lijst met dossiers in Topdossier toont een OPP');
    expect(await badge.getAttribute('class')).toContain('pupil-badge--fail');

    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/rodcontrole.html`);
    // The list's OPPs are on disk (three salted keys), before the export is compared.
    expect(await eventually(() => page.evaluate(async () => ((await chrome.runtime.sendMessage({ type: 'links-status' })) as { count: number }).count), 3)).toBe(3);
    await page.setViewportSize({ width: 1150, height: 1250 });
    await page.locator('#peildatum').fill('2026-11-28');
    await page.locator('#export-file').setInputFiles({ name: 'export.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: exportFile() });

    const total = (k: string) => page.locator(`[data-total="${k}"]`).textContent();
    await expect.poll(() => total('pupils'), { timeout: 10_000 }).toBe('5');
    expect([await total('withArrangement'), await total('withoutArrangement'), await total('oppKnown'), await total('oppKnownWithoutArrangement')]).toEqual(['2', '3', '3', '2']);

    const statuses = await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.children[1]!.textContent, r.children[4]!.textContent]));
    expect(statuses).toEqual([
      ['Sem de Vries', 'ontbreekt'],
      ['Lotte Bakker', 'ontbreekt'],
      ['Sara Yilmaz', 'controleren'],
    ]);
    // Noor's OPP is known and registered: in order, shown when the filter is off.
    await page.getByLabel('Alleen wat aandacht vraagt').uncheck();
    await expect.poll(() => page.locator('tr', { hasText: 'Noor Jansen' }).locator('.report__status').textContent()).toBe('in orde');
    await page.getByLabel('Alleen wat aandacht vraagt').check();
    // The ROD guide is one click away from a missing registration.
    await page.locator('tbody tr').first().getByRole('button', { name: 'Hoe registreer ik dit?' }).click();
    expect(await page.locator('details.guide-steps').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.locator('details.guide-steps').evaluate((d) => ((d as HTMLDetailsElement).open = false));
    await page.evaluate(() => window.scrollTo(0, 0));
    await readmeShot(page, 'rod-controle');
    await storeShot(page, '4-rod-controle');

    // Nothing of the file was kept: storage holds no name of it.
    const stored = await page.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    expect(stored).not.toMatch(/Sem|Noor|Lotte|Mees|Sara|Vries|Visio|2016-03-12/);
  });

  it('says in one sentence what is wrong with a file that is no export', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/rodcontrole.html`);
    await page.locator('#export-file').setInputFiles({ name: 'foto.xlsx', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('Dit is geen spreadsheet');
  });

  it('made no network request of its own', () => {
    expect(h.extensionRequests).toEqual([]);
  });
});
