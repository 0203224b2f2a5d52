/**
 * The whole school's ROD check: Topdossier's list teaches which pupils have an OPP, then the
 * ROD-controle page reads a ParnasSys export chosen through its file input and shows the
 * totals and what is missing. Nothing of the file is stored; no request leaves the extension.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utils, write } from '@e965/xlsx';
import { lookOf } from './look';
import { axeOnExtensionPage, eventually, launch, readmeShot, ROOT, storeShot, type Harness } from './harness';

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

  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  it('on a fresh profile, says first that no OPPs are known and how to fix it, and shows no count of 0 as a finding', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`chrome-extension://${h.extensionId}/rodcontrole.html`);
    const notice = page.locator('section.known');
    await expect.poll(() => notice.locator('h2').textContent(), { timeout: 10_000 }).toBe("Op deze computer zijn nog geen OPP's bekend");
    // Before a file: the one filled button is the chooser of the export (#25 item 9).
    expect(await lookOf(page)).toEqual({ filled: ['file: export-file'], touching: [], small: [] });
    expect(await notice.textContent()).toContain('Open in Topdossier de lijst met dossiers');
    await page.locator('#export-file').setInputFiles({ name: 'export.xlsx', mimeType: XLSX, buffer: exportFile() });
    await expect.poll(() => page.locator('[data-total="pupils"]').textContent(), { timeout: 10_000 }).toBe('5');
    // Said before any totals, and the OPP count is "not known yet", not a 0 that reads as a result.
    const top = (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().top);
    expect(await top('section.known')).toBeLessThan(await top('dl.totals'));
    expect(await page.locator('[data-total="oppKnown"], [data-total="oppKnownWithoutArrangement"]').count()).toBe(0);
    expect(await page.locator('[data-total="unknown"]').textContent()).toBe('nog niet bekend');
    expect(await page.locator('.advice').textContent()).toContain("pas te zien als de OPP's bekend zijn");
    expect(await page.locator('.advice').textContent()).not.toContain('Volgens deze export klopt dat');
    // The peildatum comes from the export's title, with where the real one is.
    expect(await page.locator('#peildatum').inputValue()).toBe('2026-11-28');
    expect(await page.locator('#peildatum-hint').textContent()).toContain('Gebruik de datum uit de brief van DUO');

    const axe = await axeOnExtensionPage(page);
    expect(axe.violations).toEqual([]);
    expect(axe.passes).toBeGreaterThan(5);
    // With a report: the one filled button saves it.
    expect(await lookOf(page)).toEqual({ filled: ['Opslaan als .xlsx'], touching: [], small: [] });

    // The fix on this page: the list of dossiers, saved from Topdossier, added here.
    await page.locator('#list-file').setInputFiles({ name: 'dossiers.html', mimeType: 'text/html', buffer: readFileSync(join(ROOT, 'test/fixtures/opp/e-dossier-list-niveau.html')) });
    await expect.poll(() => page.locator('[data-total="oppKnown"]').textContent()).toBe('3');
    expect(await page.locator('section.known').count()).toBe(0);
    expect(await page.locator('tr', { hasText: 'Lotte Bakker' }).locator('.report__status').textContent()).toBe('ontbreekt');
    // Nothing of the list was stored either: the added list lives in this page's memory only.
    expect(await page.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)))).not.toMatch(/Lotte|Bakker/);
    await page.close();
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
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('#export-file').setInputFiles({ name: 'export.xlsx', mimeType: XLSX, buffer: exportFile() });

    const total = (k: string) => page.locator(`[data-total="${k}"]`).textContent();
    await expect.poll(() => total('pupils'), { timeout: 10_000 }).toBe('5');
    expect([await total('withArrangement'), await total('withoutArrangement'), await total('oppKnown'), await total('oppKnownWithoutArrangement')]).toEqual(['2', '3', '3', '2']);

    // Three OPPs known for two arrangements: no warning about unknown OPPs; the date is the export's.
    expect(await page.locator('section.known').count()).toBe(0);
    expect(await page.locator('#peildatum').inputValue()).toBe('2026-11-28');
    // The pupils are on the first screen at 1366×768.
    const firstRow = await page.locator('tbody tr').first().evaluate((r) => r.getBoundingClientRect().bottom);
    expect(firstRow).toBeLessThanOrEqual(768);

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
    // "Hoe registreer ik dit?" says, beside the button, where the guide starts: in ParnasSys, at this pupil.
    const ask = page.locator('tbody tr').first().getByRole('button', { name: 'Hoe registreer ik dit?' });
    await ask.click();
    const where = page.locator('tbody tr').first().locator('.guide-where');
    expect(await where.textContent()).toContain('‘Registreer nu’');
    const [button, said] = [await ask.boundingBox(), await where.boundingBox()];
    expect(said!.y - (button!.y + button!.height)).toBeLessThan(100);
    await page.setViewportSize({ width: 1150, height: 1250 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await readmeShot(page, 'rod-controle');
    expect(await lookOf(page)).toEqual({ filled: ['Opslaan als .xlsx'], touching: [], small: [] });
    expect((await axeOnExtensionPage(page)).violations).toEqual([]);
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

  it('says a text file is no spreadsheet', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/rodcontrole.html`);
    await page.locator('#export-file').setInputFiles({ name: 'notitie.txt', mimeType: 'text/plain', buffer: Buffer.from('Brief van DUO\nPeildatum 1 oktober\nGraag de registratie nakijken.\n') });
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('Dit is geen spreadsheet');
  });

  it('made no network request of its own', () => {
    expect(h.extensionRequests).toEqual([]);
  });
});
