/**
 * The ROD-controle's board view (rodcontrole.html#bestuur): 30 schools' .xlsx exports of 500
 * pupils each, chosen at once, to the board's table drawn. The floor, measured in the same run
 * and in turns with it: the same 15,000 pupils as one .xlsx on the one-school page, the least
 * any reading of these rows costs there.
 */
import type { Harness } from '../test/e2e/harness';
import { file } from './rod-controle';

export const BOARD_SCHOOLS = 30;
export const SCHOOL_PUPILS = 500;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Median ms from choosing the files to the table in the page: the board, and the floor. */
export async function measureBoard(h: Harness, runs = 5): Promise<{ board: number; floor: number; boards: number[]; floors: number[] }> {
  const schools = Array.from({ length: BOARD_SCHOOLS }, (_, k) => ({ name: `school-${k + 1}.xlsx`, mimeType: XLSX, buffer: file('xlsx', SCHOOL_PUPILS, k * SCHOOL_PUPILS) }));
  const whole = file('xlsx', BOARD_SCHOOLS * SCHOOL_PUPILS);
  const total = String(BOARD_SCHOOLS * SCHOOL_PUPILS);
  const page = await h.context.newPage();
  // Timed in the page between its own marks: handing the files over (DevTools protocol) is no part of it.
  const between = (from: string, to: string) =>
    page.evaluate(([a, b]) => performance.getEntriesByName(b!)[0]!.startTime - performance.getEntriesByName(a!)[0]!.startTime, [from, to]);
  const boards: number[] = [];
  const floors: number[] = [];
  for (let r = 0; r < runs; r++) {
    await page.goto(`chrome-extension://${h.extensionId}/rodcontrole.html#bestuur`);
    await page.locator('#board-files').setInputFiles(schools);
    await page.waitForFunction((n) => document.querySelector('tfoot [data-col="pupils"]')?.textContent === n, total, { polling: 10, timeout: 60_000 });
    boards.push(await between('opp-wijzer:bestuur-chosen', 'opp-wijzer:bestuur-drawn'));

    await page.goto(`chrome-extension://${h.extensionId}/rodcontrole.html`);
    await page.locator('#export-file').setInputFiles({ name: 'bestuur.xlsx', mimeType: XLSX, buffer: whole });
    await page.waitForFunction((n) => document.querySelector('[data-total="pupils"]')?.textContent === n, total, { polling: 10, timeout: 60_000 });
    floors.push(await between('opp-wijzer:rod-chosen', 'opp-wijzer:rod-drawn'));
  }
  await page.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { board: median(boards), floor: median(floors), boards, floors };
}
