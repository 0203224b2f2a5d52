/// <reference types="chrome" />
/**
 * npm run bench: speed, size and memory of OPP-wijzer, measured in one run in headless
 * Chromium, printed as a table with each target and written to .output/bench.json.
 * Figures, not tests: machines are shared and noisy, so compare the ratios of one run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launch, launchPlain, ROOT } from '../test/e2e/harness';
import { bigOppPage } from './generate-page';
import { bundleParts } from './bundle-parts';
import { measureChromebook, observeLongTasks, THROTTLE, unrouteExtensionPages } from './chromebook';
import { extensionPageFloor } from './extension-page-floor';
import { reviewsPerOpp, runOppCorpus } from '../test/variants/opp/opp-corpus';
import { EXPORT_PUPILS, measureRodControle } from './rod-controle';
import { BOARD_SCHOOLS, measureBoard, SCHOOL_PUPILS } from './rod-bestuur';
import { BUSY_SECONDS, busyPage, busyTaskMs } from './busy-page';

const SIZES = [1_000, 10_000, 50_000];
const HOST = 'https://bench.topdossier.nl';
/** A longest task as printed: the long-task API reports only tasks over 50 ms. */
const longestOf = (ms: number) => (ms ? `${ms.toFixed(0)} ms` : 'none over 50 ms');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

interface Row {
  metric: string;
  measured: string;
  target: string;
  ok: boolean;
}
/** A figure printed to compare with, not a target. */
const REFERENCE = '(reference)';
const rows: Row[] = [];
const add = (metric: string, measured: string, target: string, ok: boolean) => rows.push({ metric, measured, target, ok });

// First a build with source maps, to say what each content script's size is made of; then
// the build as shipped, which is measured and loaded below.
const SCRIPTS = join(ROOT, '.output/chrome-mv3/content-scripts');
const LAZY = join(ROOT, '.output/chrome-mv3/lazy');
spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore', cwd: ROOT, env: { ...process.env, OPP_SOURCEMAP: '1' } });
const parts = Object.fromEntries(readdirSync(SCRIPTS).filter((f) => f.endsWith('.js')).map((f) => [f, bundleParts(join(SCRIPTS, f))]));
spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore', cwd: ROOT });
const bundle = await build({ entryPoints: [join(ROOT, 'bench/in-page.ts')], bundle: true, write: false, format: 'iife', minify: true, loader: { '.css': 'text' } });
const inPage = bundle.outputFiles[0]!.text;
const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const pages = new Map(SIZES.map((n) => [n, bigOppPage(n)]));


// 1. Read + judge against the floor and against axe-core, without the extension loaded.
const browser = await launchPlain();
const context = await browser.newContext();
await context.route(`${HOST}/**`, (route) => route.fulfill({ contentType: 'text/html', body: pages.get(Number(route.request().url().split('/').pop()))! }));
const results: Record<string, unknown> = {};
for (const n of SIZES) {
  const page = await context.newPage();
  await page.goto(`${HOST}/${n}`);
  await page.addScriptTag({ content: inPage });
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const runs = n >= 50_000 ? 7 : 15;
  const repeat = n >= 50_000 ? 3 : n >= 10_000 ? 10 : 50;
  // Median ms of each pass, taking turns (see bench/in-page.ts for how they are timed).
  const { check, floor, least, ratio } = await page.evaluate(({ runs, repeat }) => window.oppBench.times(runs, repeat), { runs, repeat });
  const fails = await page.evaluate(() => window.oppBench.check().report.findings.filter((f) => f.status === 'fail').length);
  // Targets (issue "Benchmark targets, decided"): against the reference pass that tests every
  // text and finds every control; in absolute time where a frame or a millisecond matters.
  // The bare text walk stays as the floor, with its ratio, but is no target.
  if (n >= 10_000) add(`read + judge, ${elements} elements`, `${check.toFixed(2)} ms = ${ratio.toFixed(2)}× the reference pass (${least.toFixed(2)} ms; median of the ratios of ${runs} rounds)`, '≤ 1.5× reference', ratio <= 1.5);
  // Printed, no longer a target (issue #24): the ratio to the reference pass decides.
  if (n >= 50_000) add(`read + judge, ${elements} elements, in time`, `${check.toFixed(2)} ms (a frame is 16 ms)`, REFERENCE, true);
  if (n < 10_000) add(`read + judge, ${elements} elements`, `${check.toFixed(2)} ms`, '≤ 1 ms', check <= 1);
  add(`  the floor: one bare walk over the text, ${elements} elements`, `${floor.toFixed(2)} ms; read + judge is ${(check / floor).toFixed(1)}× it, the reference pass ${(least / floor).toFixed(1)}×`, REFERENCE, true);
  results[`readJudge_${n}`] = { elements, check, floor, least, ratio: check / floor, ratioLeast: ratio, fails };
  if (n <= 10_000) {
    await page.addScriptTag({ content: axe });
    const t0 = Date.now();
    await page.evaluate(() => (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run());
    const axeMs = Date.now() - t0;
    const speedup = axeMs / check;
    add(`axe-core axe.run(), ${elements} elements`, `${axeMs} ms = ${speedup.toFixed(0)}× slower than read + judge`, n === 10_000 ? '≥ 200× at 10,000' : REFERENCE, n !== 10_000 || speedup >= 200);
    results[`axe_${n}`] = { axeMs, speedup };
  }
  if (n === 10_000) {
    // Re-check while typing: what the content script does after each burst of keystrokes.
    const recheck = await page.evaluate(() => window.oppBench.recheckTimes(60));
    add('re-check on edit, 10,000 elements (median)', `${recheck.median.toFixed(3)} ms (slowest ${recheck.slowest.toFixed(2)} ms)`, '≤ 2 ms', recheck.median <= 2);
    results.recheck = recheck;
  }
  await page.close();
}
await browser.close();

// 2. The real extension on the 10,000-element page: long tasks at load and while typing,
// script time per keystroke, and the heap it adds. The same page without it is the baseline.
interface Run {
  heap: number;
  loadTask: number;
  typingTask: number;
}
const popupOpens: number[] = [];
/** When the popup's own code started: before it, the browser opens the page and loads its modules. */
const popupCodeStarts: number[] = [];
async function measureTyping(withExtension: boolean): Promise<Run> {
  const h = withExtension ? await launch({}) : null;
  const plain = withExtension ? null : await launchPlain();
  const context = h ? h.context : await plain!.newContext();
  await context.route(`${HOST}/**`, (route) => route.fulfill({ contentType: 'text/html', body: pages.get(10_000)! }));
  const page = await context.newPage();
  await observeLongTasks(page);
  await page.goto(`${HOST}/10000`);
  await page.waitForTimeout(1500);
  if (h) {
    // The popup on this page: from its navigation start to the first frame painted with the
    // list (the popup marks it). Opened five times; the median counts, the first is shown too.
    const tabId = await h.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
    await unrouteExtensionPages(context);
    for (let i = 0; i < 5; i++) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('main.popup li[data-rule]').first().waitFor({ state: 'attached' });
      await popup.waitForFunction(() => performance.getEntriesByName('opp-wijzer:popup-drawn').length > 0);
      const [drawn, code] = await popup.evaluate(() => ['opp-wijzer:popup-drawn', 'opp-wijzer:popup-start'].map((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN));
      popupOpens.push(drawn!);
      popupCodeStarts.push(code!);
      await popup.close();
    }
    await page.bringToFront();
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.focus('#hoorrecht');
  const typingFrom = await page.evaluate(() => performance.now());
  await page.keyboard.type('De leerling wil in een klein groepje werken en dat staat nu in de aanpak.', { delay: 25 });
  await page.waitForTimeout(600);
  const tasks = await page.evaluate(() => (window as unknown as { tasks: [number, number][] }).tasks);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  await (h ? h.close() : plain!.close());
  const longest = (list: [number, number][]) => Math.max(0, ...list.map(([, d]) => d));
  return { heap, loadTask: longest(tasks.filter(([t]) => t < typingFrom)), typingTask: longest(tasks.filter(([t]) => t >= typingFrom)) };
}
const withExt = await measureTyping(true);
const without = await measureTyping(false);
add('longest task while typing, with the extension', `${longestOf(withExt.typingTask)}; the page alone: ${longestOf(without.typingTask)}`, '≤ 50 ms', withExt.typingTask <= 50);
const popupMs = median(popupOpens);
const pageFloor = await extensionPageFloor(THROTTLE);
// Targets restated in issue #24: a ratio to an extension page of one statement opened the same way.
add('popup open to its list drawn, 10,000-element page', `${popupMs.toFixed(0)} ms median of ${popupOpens.length} = ${(popupMs / pageFloor.drawnMs).toFixed(2)}× an extension page of one statement (${pageFloor.drawnMs.toFixed(0)} ms); first ${popupOpens[0]!.toFixed(0)} ms; its own code from ${median(popupCodeStarts).toFixed(0)} ms`, '≤ 2× one-statement page', popupMs <= 2 * pageFloor.drawnMs);
results.popup = { opens: popupOpens, median: popupMs, codeStarts: popupCodeStarts, floor: pageFloor };
const added = (withExt.heap - without.heap) / 1024 / 1024;
add('JS heap added by the extension, 10,000 elements', `${added.toFixed(2)} MB`, '≤ 5 MB', added <= 5);
results.typing = { withExt, without, heapAddedMB: added };

// 3. The Chromebook profile: the CPU throttled 6× (bench/chromebook.ts).
{
  const cb = await measureChromebook(HOST, pages.get(10_000)!, inPage);
  const at = `${THROTTLE}× throttled, 10,000 elements`;
  // Printed beside the one-statement script, no longer a target: that floor ranged from 0.9 to 20 ms between runs.
  add(`Chromebook: content script evaluation at load, ${at}`, `${cb.evaluationMs.toFixed(1)} ms first page, ${cb.repeatEvaluationMs.toFixed(1)} ms the next; a content script of one statement: ${cb.emptyEvaluationMs.toFixed(1)} ms`, REFERENCE, true);
  add(`Chromebook: content script's code began (after its evaluation) to sidebar shown, first page (median of ${cb.sidebarRounds.length}), ${at}`, `${cb.sidebarAfterStartMs.toFixed(0)} ms (with the evaluation before it ${(cb.evaluationMs + cb.sidebarAfterStartMs).toFixed(0)} ms) = ${(cb.sidebarAfterStartMs / cb.coldCheckMs).toFixed(2)}× the first read + judge alone (${cb.coldCheckMs.toFixed(0)} ms; the reference pass alone ${cb.coldReferenceMs.toFixed(0)} ms; any docked panel, the page narrowed beside a static copy of the sidebar, ${cb.coldPanelMs.toFixed(0)} ms: the sidebar ${(cb.sidebarAfterStartMs / (cb.coldCheckMs + cb.coldPanelMs)).toFixed(2)}× the two together); the next page: ${cb.repeatSidebarAfterStartMs.toFixed(0)} ms; the script's code began ${cb.scriptStartAfterReadyMs.toFixed(0)} ms after DOMContentLoaded`, '≤ 2× first read + judge', cb.sidebarAfterStartMs <= 2 * cb.coldCheckMs);
  add(`Chromebook: re-check on edit (median), ${at}`, `${cb.recheckMedianMs.toFixed(2)} ms (slowest ${cb.recheckSlowestMs.toFixed(2)} ms)`, '≤ 5 ms', cb.recheckMedianMs <= 5);
  // The layer adds no task over 50 ms: shown against hidden, in one browser.
  add(`Chromebook: longest task while typing, ${at}`, `${longestOf(cb.longestTypingTaskMs)}; the layer hidden: ${longestOf(cb.longestTypingTaskLayerHiddenMs)}; the page alone: ${longestOf(cb.longestTypingTaskWithoutMs)}`, 'the layer adds no task over 50 ms', cb.longestTypingTaskMs <= 50 || cb.longestTypingTaskMs <= cb.longestTypingTaskLayerHiddenMs);
  add(`Chromebook: popup open to its list drawn, ${THROTTLE}× throttled`, `${cb.popupMs.toFixed(0)} ms (median of ${cb.popupOpens}) = ${(cb.popupMs / pageFloor.throttledDrawnMs).toFixed(2)}× an extension page of one statement (${pageFloor.throttledDrawnMs.toFixed(0)} ms); its own code from ${cb.popupCodeStartMs.toFixed(0)} ms; the same one-statement page in OPP-wijzer's own extension, opened in turns with it: ${cb.ownFloorMs.toFixed(0)} ms (the popup ${(cb.popupMs / cb.ownFloorMs).toFixed(2)}× it)`, '≤ 2× one-statement page', cb.popupMs <= 2 * pageFloor.throttledDrawnMs);
  results.chromebook = cb;
}

// 4. A school's pupil links: 5,000 pupils with two periods each, one entry per pupil. What a
// page waits for is its own pupil's link; the options page counts them all.
{
  const h = await launch({});
  const ext = await h.context.newPage();
  await ext.goto(`chrome-extension://${h.extensionId}/options.html`);
  const figures = await ext.evaluate(async () => {
    const items: Record<string, unknown> = { pupilLinks: { version: 2, salt: '0123456789abcdef0123456789abcdef' } };
    for (let i = 0; i < 5000; i++) {
      items[`pupilLink:${i.toString(16).padStart(64, '0')}`] = {
        oppSeen: true, oppStart: '2025-10-01', oppStartAt: 1_790_000_000_000, userSaysOpp: true,
        periods: [{ begin: '2024-10-01', end: '2025-07-31' }, { begin: '2025-10-01', end: null }], periodsAt: 1_790_000_000_000, seen: '2026-11-01',
      };
    }
    await chrome.storage.local.set(items);
    const bytes = new TextEncoder().encode(JSON.stringify(items)).length;
    // No inner functions here: the page cannot see tsx's helpers for them.
    const medians: number[] = [];
    for (const message of [{ type: 'links-get', key: (1234).toString(16).padStart(64, '0') }, { type: 'links-status' }]) {
      const times: number[] = [];
      for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        await chrome.runtime.sendMessage(message);
        times.push(performance.now() - t0);
      }
      medians.push(times.sort((a, b) => a - b)[3]!);
    }
    return { bytes, one: medians[0]!, all: medians[1]! };
  });
  await h.close();
  add('pupil links: 5,000 pupils with periods, stored size', `${(figures.bytes / 1024 / 1024).toFixed(2)} MB`, '< 2 MB', figures.bytes < 2 * 1024 * 1024);
  add('pupil links: one pupil\'s link among 5,000, asked by a page', `${figures.one.toFixed(1)} ms median of 7 (message and storage)`, '< 20 ms', figures.one < 20);
  add('  all 5,000 counted and validated (options page)', `${figures.all.toFixed(1)} ms median of 7`, REFERENCE, true);
  results.links = figures;
}

// 5. The ROD-controle page with a board's export: choosing the file to the totals drawn.
{
  const h = await launch({});
  const rod = await measureRodControle(h);
  await h.close();
  add(`ROD-controle: ${EXPORT_PUPILS.toLocaleString('en')}-pupil export (.xlsx, ${(rod.bytes.xlsx / 1024).toFixed(0)} KB) read and shown`, `${rod.xlsx} ms median of 5 (${(rod.xlsx / rod.csv).toFixed(2)}× the same rows as .csv)`, '< 1000 ms', rod.xlsx < 1000);
  add('  the same rows as plain .csv', `${rod.csv} ms median of 5`, REFERENCE, true);
  results.rodControle = rod;
}

// 5b. The board's view: every school's export at once, choosing the files to the table drawn.
{
  const h = await launch({});
  const b = await measureBoard(h);
  await h.close();
  add(`ROD-controle, board: ${BOARD_SCHOOLS} exports of ${SCHOOL_PUPILS} pupils (.xlsx) to the table`, `${b.board.toFixed(0)} ms median of 5 = ${(b.board / b.floor).toFixed(2)}× the floor`, '< 3000 ms', b.board < 3000);
  add(`  the floor: the same ${(BOARD_SCHOOLS * SCHOOL_PUPILS).toLocaleString('en')} pupils as one .xlsx, one-school page`, `${b.floor.toFixed(0)} ms median of 5`, REFERENCE, true);
  results.rodBestuur = b;
}

// 5c. A busy page: a clock, a ticker and an Ajax poll beside a complete OPP; OPP-wijzer's share of the main thread.
{
  const url = `${HOST}/busy`;
  const body = busyPage();
  const h = await launch({ [url]: () => body });
  const withExtension = await busyTaskMs(h.context, url);
  await h.close();
  const plain = await launchPlain();
  const context = await plain.newContext();
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
  const alone = await busyTaskMs(context, url);
  await plain.close();
  const share = Math.max(0, withExtension - alone) / (BUSY_SECONDS * 1000);
  add(`busy page (clock, ticker, Ajax poll): OPP-wijzer's share of the main thread over ${BUSY_SECONDS} s`, `${(share * 100).toFixed(2)} % (${withExtension.toFixed(0)} ms of tasks with it, ${alone.toFixed(0)} ms the page alone)`, '≤ 2 %', share <= 0.02);
  results.busyPage = { withExtension, alone, share };
}

// 6. How often a complete OPP, in any markup family, still says "controleren" (issue #12).
{
  const c = runOppCorpus();
  const perOpp = reviewsPerOpp(c);
  add('controleren per complete OPP (OPP fixtures × markup families)', `${perOpp.toFixed(2)} (${c.reviews} over ${c.completePages} pages; ${c.needless} where the page did say)`, '≤ 0.2', perOpp <= 0.2 && c.needless === 0);
  add('  false fails / misses on the same corpus', `${c.falseFails.length} / ${c.misses.length} over ${c.pairs.length} pages`, '0 / 0', c.falseFails.length === 0 && c.misses.length === 0);
  results.oppCorpus = { perOpp, reviews: c.reviews, completePages: c.completePages, needless: c.needless, falseFails: c.falseFails, misses: c.misses, pages: c.pairs.length };
}

// 7. Bundle sizes: each content script (parsed and run on every page of its app), and the
// parts loaded only when asked for (lib/lazy/load-lazy.ts), shown to compare with.
const sizeOf = (file: string) => {
  const raw = readFileSync(file);
  return { raw: raw.length, gzip: gzipSync(raw).length };
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
for (const file of readdirSync(SCRIPTS).filter((f) => f.endsWith('.js'))) {
  const size = sizeOf(join(SCRIPTS, file));
  add(`size ${file}`, `${kb(size.raw)} KB raw, ${kb(size.gzip)} KB gzip`, '≤ 40 KB gzip', size.gzip <= 40 * 1024);
  results[`size_${file}`] = { ...size, parts: parts[file] };
}
{
  const lazy = Object.fromEntries(readdirSync(LAZY).filter((f) => f.endsWith('.js')).map((f) => [f, sizeOf(join(LAZY, f))]));
  const shared = Object.entries(lazy).filter(([f]) => f.startsWith('shared-')).reduce((sum, [, s]) => sum + s.gzip, 0);
  const modules = Object.entries(lazy).filter(([f]) => !f.startsWith('shared-')).map(([f, s]) => `${f.replace('.js', '')} ${kb(s.gzip)}`);
  add('  loaded only when asked for (lazy/), KB gzip', `${modules.join(', ')}; shared by them ${kb(shared)}`, REFERENCE, true);
  results.sizeLazy = lazy;
}

const width = Math.max(...rows.map((r) => r.metric.length));
console.log(`\n${'metric'.padEnd(width)}  ${'measured'.padEnd(58)}  target            met`);
for (const r of rows) console.log(`${r.metric.padEnd(width)}  ${r.measured.padEnd(58)}  ${r.target.padEnd(16)}  ${r.target === REFERENCE ? '' : r.ok ? 'yes' : 'NO'}`);
mkdirSync(join(ROOT, '.output'), { recursive: true });
writeFileSync(join(ROOT, '.output/bench.json'), JSON.stringify({ when: new Date().toISOString(), rows, results }, null, 2));
for (const [file, list] of Object.entries(parts)) {
  const top = list.slice(0, 8).map((p) => `${p.group} ${(p.gzip / 1024).toFixed(1)}`).join(', ');
  console.log(`\n${file}, KB gzip each part adds: ${top}`);
}
const targets = rows.filter((r) => r.target !== REFERENCE);
console.log(`\n${targets.filter((r) => r.ok).length} of ${targets.length} targets met. JSON: .output/bench.json`);
