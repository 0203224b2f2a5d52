/**
 * The ROD-controle page with a board-wide export: 5,000 pupils, as .xlsx and as the same rows
 * in .csv, each from choosing the file to the totals shown. The CSV run is the reference: the
 * same rows with the least a spreadsheet format can cost.
 */
import { utils, write } from '@e965/xlsx';
import type { Harness } from '../test/e2e/harness';

export const EXPORT_PUPILS = 5_000;

/** A name made of letters only, different for every i (names hold no digits). */
const letters = (i: number) => {
  let s = '';
  for (let k = i + 26; k > 0; k = Math.floor(k / 26)) s = String.fromCharCode(97 + (k % 26)) + s;
  return s;
};

function exportRows(n: number, from = 0): (string | number)[][] {
  const rows: (string | number)[][] = [['Dynamisch overzicht'], [], ['Achternaam', 'Roepnaam', 'Geboortedatum', 'Groep', 'Onderwijsarrangement peildatum (ingangsdatum)', 'Einddatum', 'Opmerkingen']];
  for (let i = from; i < from + n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const arrangement = i % 7 === 0;
    rows.push([`Van${letters(i)}`, `Kim${letters(i * 7)}`, `${day}-0${(i % 9) + 1}-201${i % 8}`, String((i % 8) + 1), arrangement ? 45931 : '', arrangement && i % 2 ? 46599 : '', i % 50 === 0 ? 'Kentalis cluster 2' : '']);
  }
  return rows;
}

export function file(kind: 'xlsx' | 'csv', n: number, from = 0): Buffer {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(exportRows(n, from)), 'Leerlingen');
  const out = write(book, { type: kind === 'csv' ? 'string' : 'array', bookType: kind, compression: true });
  return typeof out === 'string' ? Buffer.from(out, 'utf8') : Buffer.from(out as ArrayBuffer);
}

/** Milliseconds from choosing the file to the totals in the page, median of `runs`, per format. */
export async function measureRodControle(h: Harness, runs = 5): Promise<{ xlsx: number; csv: number; bytes: { xlsx: number; csv: number }; phases: Record<'xlsx' | 'csv', Record<string, number>[]> }> {
  const files = { xlsx: file('xlsx', EXPORT_PUPILS), csv: file('csv', EXPORT_PUPILS) };
  const page = await h.context.newPage();
  const times: Record<'xlsx' | 'csv', number[]> = { xlsx: [], csv: [] };
  const phases: Record<'xlsx' | 'csv', Record<string, number>[]> = { xlsx: [], csv: [] };
  for (let r = 0; r < runs; r++) {
    for (const kind of ['xlsx', 'csv'] as const) {
      await page.goto(`chrome-extension://${h.extensionId}/rodcontrole.html`);
      await page.locator('#export-file').waitFor();
      await page.locator('#export-file').setInputFiles({ name: `export.${kind}`, mimeType: 'application/octet-stream', buffer: files[kind] });
      await page.waitForFunction((n) => document.querySelector('[data-total="pupils"]')?.textContent === String(n), EXPORT_PUPILS, { polling: 10, timeout: 30_000 });
      // Timed in the page, from the file chosen to the totals in the page: the test driver's
      // own time to hand the file over (through the DevTools protocol) is no part of it.
      const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('opp-wijzer:rod-', ''), Math.round(m.startTime)])));
      times[kind].push(marks.drawn! - marks.chosen!);
      phases[kind].push(marks);
    }
  }
  await page.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { xlsx: median(times.xlsx), csv: median(times.csv), bytes: { xlsx: files.xlsx.length, csv: files.csv.length }, phases };
}
