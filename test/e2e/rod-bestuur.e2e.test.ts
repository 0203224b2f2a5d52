/**
 * The board's view of the ROD-controle: three schools' exports chosen at once (.xlsx named by
 * its BRIN and School columns, .csv and .xls named by their files) and a file that is no export,
 * two schools' saved lists of dossiers from Topdossier, then a school's pupils and the saved
 * .xlsx. Nothing of the files is stored; no request leaves the extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read, utils, write, type BookType } from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { lookOf } from './look';
import { axeOnExtensionPage, launch, readmeShot, type Harness } from './harness';

const HEADER = ['Achternaam', 'Tussenvoegsel', 'Roepnaam', 'Geboortedatum', 'Groep', 'Onderwijsarrangement peildatum (ingangsdatum)', 'Einddatum', 'Opmerkingen'];

/** A Dynamisch overzicht export as ParnasSys could save it: title rows, then the table. */
function exportFile(kind: BookType, rows: (string | number)[][], header = HEADER): Buffer {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet([['Dynamisch overzicht'], ['Peildatum 28-11-2026'], [], header, ...rows]), 'Leerlingen');
  const out = write(book, { type: kind === 'csv' ? 'string' : 'array', bookType: kind });
  return typeof out === 'string' ? Buffer.from(out, 'utf8') : Buffer.from(out as ArrayBuffer);
}

/** OBS De Wilg (BRIN 12AB): one arrangement, two pupils with cluster 1 or 2 in the remarks: DUO says nee. */
const WILG = exportFile('xlsx', [
  ['12AB', 'OBS De Wilg', 'Vries', 'de', 'Sem', '12-03-2016', '6', '', '', 'Kentalis, ambulante begeleiding'],
  ['12AB', 'OBS De Wilg', 'Jansen', '', 'Noor', '21-05-2015', '7', 45931, 46599, 'Visio cluster 1'],
  ['12AB', 'OBS De Wilg', 'Kok', '', 'Mees', '22-10-2015', '7', '', '', ''],
], ['BRIN', 'School', ...HEADER]);
/** CBS De Esch: two arrangements, one cluster 2 pupil: ja. */
const ESCH = exportFile('csv', [
  ['Bakker', '', 'Lotte', '04-07-2017', '5', '01-09-2026', '31-07-2027', 'Auris cluster 2'],
  ['Yilmaz', '', 'Sara', '11-12-2016', '5', '01-10-2025', '31-07-2027', 'SWV-arrangement'],
  ['Smit', '', 'Daan', '02-02-2016', '6', '', '', ''],
]);
/** Het Hof, the binary .xls: no arrangement and no cluster: ja (0 against 0). */
const HOF = exportFile('biff8', [['Mulder', '', 'Fenna', '09-09-2017', '4', '', '', '']]);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A list of dossiers as Topdossier shows it, saved from the browser. */
const list = (rows: [string, string, string][]) =>
  Buffer.from(`<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Dossiers | TOPdossier</title></head><body><h1>Dossiers</h1>
<table class="table"><thead><tr><th>Leerling</th><th>Geboortedatum</th><th>Niveau</th></tr></thead><tbody>
${rows.map(([name, birth, level]) => `<tr><td><a href="#">${name}</a></td><td>${birth}</td><td>${level}</td></tr>`).join('\n')}
</tbody></table></body></html>`);
const LIST_WILG = list([['Kok, Mees', '22-10-2015', 'Extra ondersteuning (niveau 4)'], ['Jansen, Noor', '21-05-2015', 'Extra ondersteuning (niveau 4)']]);
const LIST_ESCH = list([['Bakker, Lotte', '04-07-2017', 'Extra ondersteuning (niveau 4)'], ['Smit, Daan', '02-02-2016', 'Lichte ondersteuning']]);

const row = (page: Page, school: string) => page.locator(`tr[data-school="${school}"]`);
const cells = (page: Page, school: string) => row(page, school).locator('[data-col]').allTextContents();

describe('ROD-controle for every school of the board', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launch({});
    page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/rodcontrole.html#bestuur`);
    await page.setViewportSize({ width: 1150, height: 1300 });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows a row per school with DUO\'s ja/nee, and says which file could not be read', async () => {
    await page.locator('#peildatum').fill('2026-11-28');
    await page.locator('#board-files').setInputFiles([
      { name: 'export-bestuur.xlsx', mimeType: XLSX, buffer: WILG },
      { name: 'CBS De Esch.csv', mimeType: 'text/csv', buffer: ESCH },
      { name: 'foto.xlsx', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
      { name: 'Het Hof.xls', mimeType: 'application/vnd.ms-excel', buffer: HOF },
    ]);
    await expect.poll(() => page.locator('tbody tr[data-school]').count(), { timeout: 15_000 }).toBe(3);
    // The bad file in one Dutch sentence; the other schools still show.
    expect(await page.getByRole('alert').textContent()).toContain('foto.xlsx: Dit is geen spreadsheet die OPP-wijzer kan lezen.');
    // Pupils, with arrangement, OPP known, OPP without arrangement, cluster 1/2, DUO. Nee first.
    expect(await page.locator('tbody tr[data-school]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-school')))).toEqual(['OBS De Wilg', 'CBS De Esch', 'Het Hof']);
    expect(await cells(page, 'OBS De Wilg')).toEqual(['3', '1', '0', '0', '2', 'nee']);
    expect(await cells(page, 'CBS De Esch')).toEqual(['3', '2', '0', '0', '1', 'ja']);
    expect(await cells(page, 'Het Hof')).toEqual(['1', '0', '0', '0', '0', 'ja']);
    expect(await row(page, 'OBS De Wilg').locator('th').textContent()).toContain('BRIN 12AB · uit de kolom School/BRIN van export-bestuur.xlsx');
    expect(await page.locator('tfoot [data-col]').allTextContents()).toEqual(['7', '3', '0', '0', '3', '2 van 3 scholen ja']);
  });

  it('counts the OPPs of each school\'s saved list of dossiers', async () => {
    await page.getByLabel('Lijst met dossiers van OBS De Wilg').setInputFiles({ name: 'dossiers-wilg.html', mimeType: 'text/html', buffer: LIST_WILG });
    await page.getByLabel('Lijst met dossiers van CBS De Esch').setInputFiles({ name: 'dossiers-esch.html', mimeType: 'text/html', buffer: LIST_ESCH });
    await expect.poll(() => cells(page, 'OBS De Wilg')).toEqual(['3', '1', '2', '1', '2', 'nee']);
    expect(await cells(page, 'CBS De Esch')).toEqual(['3', '2', '1', '0', '1', 'ja']);
    expect(await row(page, 'OBS De Wilg').locator('[data-list]').textContent()).toBe("dossiers-wilg.html: 2 OPP's");
    expect(await row(page, 'Het Hof').locator('[data-list]').textContent()).toBe('zonder lijst: wat OPP-wijzer zag');
    // The chart has a group of bars per school, with the table's numbers.
    const bars = await page.locator('[data-chart-school="OBS De Wilg"] rect').evaluateAll((rs) => rs.map((r) => `${r.getAttribute('data-bar')}=${r.getAttribute('data-value')}`));
    expect(bars).toEqual(['withArrangement=1', 'cluster=2', 'oppKnownWithoutArrangement=1']);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await readmeShot(page, 'rod-bestuur');
  });

  it('has no accessibility violations (axe-core)', async () => {
    const result = await axeOnExtensionPage(page);
    expect(result.violations).toEqual([]);
    expect(result.passes).toBeGreaterThan(5);
    // One filled button, the next step: save the board's overview (#25 item 9).
    expect(await lookOf(page)).toEqual({ filled: ['Opslaan als .xlsx (overzicht en een blad'], touching: [], small: [] });
  });

  it('opens a school\'s pupils as for one school, and goes back to the board', async () => {
    await row(page, 'OBS De Wilg').getByRole('button', { name: 'OBS De Wilg', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('ROD-controle: OBS De Wilg');
    expect(await page.locator('[data-total="pupils"]').textContent()).toBe('3');
    const statuses = await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.children[1]!.textContent, r.children[4]!.textContent]));
    expect(statuses).toEqual([
      ['Sem de Vries', 'ontbreekt'],
      ['Mees Kok', 'ontbreekt'],
    ]);
    await page.getByRole('button', { name: '← Terug naar alle scholen' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('OBS De Wilg');
    expect(await cells(page, 'OBS De Wilg')).toEqual(['3', '1', '2', '1', '2', 'nee']);
  });

  it('saves an .xlsx with a summary sheet and a sheet per school', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Opslaan als \.xlsx/ }).click()]);
    expect(download.suggestedFilename()).toBe('rod-controle-bestuur.xlsx');
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const book = read(Buffer.concat(chunks), { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Overzicht', 'OBS De Wilg', 'CBS De Esch', 'Het Hof']);
    const summary = utils.sheet_to_json<(string | number)[]>(book.Sheets.Overzicht!, { header: 1, blankrows: false });
    expect(summary[1]).toEqual(['OBS De Wilg', '12AB', 'export-bestuur.xlsx', 3, 1, 2, 1, 2, 'nee']);
    expect(summary.at(-1)![0]).toContain('foto.xlsx: Dit is geen spreadsheet');
  });

  it('kept nothing of the files and sent nothing', async () => {
    const stored = await page.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    expect(stored).not.toMatch(/Sem|Noor|Lotte|Mees|Sara|Daan|Fenna|Wilg|Esch|12AB/);
    expect(h.extensionRequests).toEqual([]);
  });

  it('leaves the one-school page as it was, one link away', async () => {
    await page.getByRole('link', { name: 'Eén school controleren' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe("ROD-controle: alle OPP's van de school");
    expect(await page.locator('#export-file').count()).toBe(1);
  });
});
