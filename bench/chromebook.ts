/// <reference types="chrome" />
/**
 * The Chromebook profile of `npm run bench`: most pupils' and many teachers' devices are
 * low-end Chromebooks, so Chromium's CPU is throttled 6× (DevTools protocol
 * Emulation.setCPUThrottlingRate) on the 10,000-element OPP page, with the real extension:
 * - the content script's evaluation at page load (the EvaluateScript trace event of its file),
 *   beside that of a content script of one statement (what the browser's own set-up costs);
 * - from the content script's start to the sidebar in the page;
 *   both on the first page after the browser started and on the next one; beside them the
 *   first read + judge of a page alone, cold, the reference pass alone, cold, and any docked
 *   panel's floor (the page narrowed beside a static copy of the sidebar);
 * - re-check while typing (median and slowest) and the longest task while typing, beside the
 *   same typing with OPP-wijzer's layer hidden, and on the page without the extension;
 * - the popup, from its navigation to its list drawn, and when its own code started, in turns
 *   with a one-statement page of the same extension.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launch, launchPlain, type Harness } from '../test/e2e/harness';
import { DOCK_WIDTH } from '../lib/show/placement';
import { CONTENT_START_MARK } from '../lib/show/timing-marks';
import { buildWithFloorPage, FLOOR_PAGE } from './extension-page-floor';
import { withTempExtension } from './temp-extension';

export const THROTTLE = 6;

export interface ChromebookFigures {
  /** The first page of the app after the browser started. */
  evaluationMs: number;
  /** From the content script's start to the sidebar shown (median of the rounds). */
  sidebarAfterStartMs: number;
  /** When the browser ran the content script, after DOMContentLoaded (median of the rounds). */
  scriptStartAfterReadyMs: number;
  /** The next page (the script's code compiled already): every page after the first. */
  repeatEvaluationMs: number;
  repeatSidebarAfterStartMs: number;
  /** The first page's start-to-sidebar of each round (each in a browser started afresh). */
  sidebarRounds: number[];
  recheckMedianMs: number;
  recheckSlowestMs: number;
  longestTypingTaskMs: number;
  /** The floor: a content script of one statement, evaluated on the same page the same way. */
  emptyEvaluationMs: number;
  /** The first read + judge of the page, cold (what the sidebar waits for), and the reference pass cold. */
  coldCheckMs: number;
  coldReferenceMs: number;
  /**
   * Any docked panel's floor: the page narrowed by the panel's width with a static copy of the
   * sidebar as drawn (no OPP-wijzer code), laid out, until the page's next 5 ms tick: the page's own
   * relayout and the panel's first layout, which no dock can avoid.
   */
  coldPanelMs: number;
  /** The same typing again on the same page, OPP-wijzer's layer hidden: what drawing adds. */
  longestTypingTaskLayerHiddenMs: number;
  /** The same typing on the same page without the extension: the page's own longest task. */
  longestTypingTaskWithoutMs: number;
  popupMs: number;
  /** When the popup's own code started (before it: the browser opening the page). */
  popupCodeStartMs: number;
  /** The one-statement page in OPP-wijzer's own extension, opened in turns with the popup. */
  ownFloorMs: number;
  popupOpens: number;
}

async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return cdp;
}

/** Evaluation time of the content script file `script`, from a trace of the page load. */
async function traceEvaluation(cdp: CDPSession, script: RegExp, load: () => Promise<void>): Promise<number> {
  const events: { name: string; dur?: number; args?: { data?: { url?: string } } }[] = [];
  const collect = (e: { value: unknown }) => events.push(...(e.value as typeof events));
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await load();
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  const evaluations = events.filter((e) => e.name === 'EvaluateScript' && script.test(e.args?.data?.url ?? ''));
  return evaluations.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
}

/**
 * The e2e harness passes every request through Playwright (to refuse any that is not a
 * fixture's), the popup's own module files too: a round trip to this process each that no
 * user's popup makes. The popup is measured without it; the fixture page's route stays.
 */
export async function unrouteExtensionPages(context: BrowserContext): Promise<void> {
  await context.unroute('**/*');
}

/** How often the popup and the floor beside it are opened at 6×: one noisy open decides nothing. */
const POPUP_OPENS = 5;
const TYPED = 'De leerling wil in een klein groepje werken.';

/** Long tasks (start, duration) observed in the page from its first moment. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { tasks: [number, number][] };
    w.tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Types into the OPP's pupil-voice field; the longest task from the first key on. */
async function typeAndTime(page: Page): Promise<number> {
  await page.focus('#hoorrecht');
  const typingFrom = await page.evaluate(() => performance.now());
  await page.keyboard.type(TYPED, { delay: 40 });
  await page.waitForTimeout(800);
  return page.evaluate((from) => Math.max(0, ...(window as unknown as { tasks: [number, number][] }).tasks.filter(([t]) => t >= from).map(([, d]) => d)), typingFrom);
}

/** The page alone, throttled the same: what typing costs without OPP-wijzer. */
async function typingWithout(host: string, html: string): Promise<number> {
  const browser = await launchPlain();
  const context: BrowserContext = await browser.newContext();
  await context.route(`${host}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const page = await context.newPage();
  await observeLongTasks(page);
  await throttle(page);
  await page.goto(`${host}/10000`);
  await page.waitForTimeout(1500);
  const longest = await typeAndTime(page);
  await browser.close();
  return longest;
}

/**
 * The first read of the page, before the engine has compiled or optimised anything: the
 * reference pass alone (test every text, query every control: what any reader by meaning
 * must do) and read + judge, each once on its own freshly loaded page, throttled the same.
 * Median of three pages each. What the sidebar waits for at load is the second; no reader
 * by meaning can take less than the first.
 */
async function coldPasses(host: string, html: string, inPage: string, panelCopy: string): Promise<{ referenceMs: number; checkMs: number; panelMs: number }> {
  const browser = await launchPlain();
  const once = async (pass: 'least' | 'check' | 'panel') => {
    const context = await browser.newContext();
    await context.route(`${host}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    const page = await context.newPage();
    await throttle(page);
    await page.goto(`${host}/10000`);
    await page.waitForTimeout(1000);
    await page.addScriptTag({ content: inPage });
    // As the real one goes: a 5 ms poll already running (WATCH_SIDEBAR); the page narrowed as the
    // dock narrows it and laid out at once (lib/show/dock.ts reads the page's width right after),
    // then the sidebar's static copy added; the poll's next tick ends it, as it sees the real one.
    const ms =
      pass === 'panel'
        ? await page.evaluate(
            ({ width, copy }) =>
              new Promise<number>((resolve) => {
                let t0 = 0;
                const poll = setInterval(() => {
                  if (!t0) return;
                  clearInterval(poll);
                  resolve(performance.now() - t0);
                }, 5);
                t0 = performance.now();
                document.documentElement.style.setProperty('margin-right', `${width}px`, 'important');
                void document.documentElement.clientWidth;
                const host = document.createElement('panel-copy');
                host.attachShadow({ mode: 'open' }).innerHTML = copy;
                document.body.append(host);
              }),
            { width: DOCK_WIDTH, copy: panelCopy },
          )
        : await page.evaluate((p) => {
            const t0 = performance.now();
            window.oppBench[p]();
            return performance.now() - t0;
          }, pass);
    await context.close();
    return ms;
  };
  const reference: number[] = [];
  const check: number[] = [];
  const panel: number[] = [];
  for (let i = 0; i < 3; i++) {
    reference.push(await once('least'));
    check.push(await once('check'));
    panel.push(await once('panel'));
  }
  await browser.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
  return { referenceMs: median(reference), checkMs: median(check), panelMs: median(panel) };
}

/**
 * What any content script costs here: an extension whose content script is one statement,
 * loaded on the same page, throttled the same. The browser sets up the script's world and
 * runs it in this time; no content script can take less.
 */
async function emptyScriptEvaluation(host: string, html: string): Promise<number> {
  const manifest = { manifest_version: 3, name: 'empty', version: '1', content_scripts: [{ matches: [`${host}/*`], js: ['empty.js'], run_at: 'document_idle' }] };
  return withTempExtension({ 'manifest.json': JSON.stringify(manifest), 'empty.js': 'document.documentElement.dataset.empty = "1";\n' }, async (context) => {
    await context.route(`${host}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    const page = await context.newPage();
    const cdp = await throttle(page);
    return traceEvaluation(cdp, /empty\.js/, async () => {
      await page.goto(`${host}/10000`);
      await page.waitForFunction(() => document.documentElement.dataset.empty === '1', undefined, { timeout: 30_000, polling: 50 });
    });
  });
}

/** The first page's content script code began to sidebar shown, in `n` browsers started afresh, throttled the same. */
async function firstPagesAgain(host: string, html: string, n: number): Promise<SidebarTiming[]> {
  const out: SidebarTiming[] = [];
  for (let i = 0; i < n; i++) {
    const h = await launch({});
    try {
      await h.context.route(`${host}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
      const page = await h.context.newPage();
      await page.addInitScript(WATCH_SIDEBAR);
      await throttle(page);
      await page.goto(`${host}/10000`);
      await page.waitForFunction(() => (window as unknown as { sidebarAt: number | null }).sidebarAt !== null, undefined, { timeout: 30_000, polling: 50 });
      out.push(await page.evaluate(sidebarAfterStart, CONTENT_START_MARK));
    } finally {
      await h.close();
    }
  }
  return out;
}

/** The moment the sidebar is in the page, polled every 5 ms (headless Chromium runs no animation
 * frames for a page opened by automation, so no frame can be waited for). */
function WATCH_SIDEBAR() {
  const w = window as unknown as { sidebarAt: number | null };
  w.sidebarAt = null;
  const poll = setInterval(() => {
    if (document.querySelector('opp-wijzer-layer')?.shadowRoot?.querySelector('aside.sidebar')) {
      w.sidebarAt = performance.now();
      clearInterval(poll);
    }
  }, 5);
}

interface SidebarTiming {
  ms: number;
  startAfterReadyMs: number;
}

/**
 * From when the content script's code began (its `main`, right after the browser evaluated its
 * bundle: the evaluation row comes on top) to the sidebar shown. Not from `load`: the browser runs
 * a document_idle script when the page is idle, which may be before `load` (two of three rounds
 * once showed the sidebar "before load ended", a figure that says nothing) or up to `load`
 * itself. Also returned: when the script's code began, after DOMContentLoaded.
 */
function sidebarAfterStart(mark: string): SidebarTiming {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const start = performance.getEntriesByName(mark)[0]!.startTime;
  return { ms: (window as unknown as { sidebarAt: number }).sidebarAt - start, startAfterReadyMs: start - nav.domContentLoadedEventEnd };
}

export async function measureChromebook(host: string, html: string, inPage: string): Promise<ChromebookFigures> {
  // The build with a one-statement page beside the popup: the popup's floor in its own extension.
  const build = buildWithFloorPage();
  let inExtension: Awaited<ReturnType<typeof measureInExtension>>;
  try {
    inExtension = await measureInExtension(build.dir, host, html, inPage);
  } finally {
    build.remove();
  }
  const { panelCopy, ...figures } = inExtension;
  return {
    ...figures,
    longestTypingTaskWithoutMs: await typingWithout(host, html),
    emptyEvaluationMs: await emptyScriptEvaluation(host, html),
    ...(await coldPasses(host, html, inPage, panelCopy).then((c) => ({ coldCheckMs: c.checkMs, coldReferenceMs: c.referenceMs, coldPanelMs: c.panelMs }))),
  };
}

/** What is measured in a browser with the extension (`extension`: its build folder), closed whatever happens. */
async function measureInExtension(extension: string, host: string, html: string, inPage: string) {
  const h = await launch({}, { extension });
  try {
    return await measureIn(h, host, html, inPage);
  } finally {
    await h.close();
  }
}

async function measureIn(h: Harness, host: string, html: string, inPage: string) {
  await h.context.route(`${host}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const page = await h.context.newPage();
  await observeLongTasks(page);
  await page.addInitScript(WATCH_SIDEBAR);
  const cdp = await throttle(page);
  /** One visit of the OPP page: the content script's evaluation, and its start to the sidebar. */
  const visit = async (query: string) => {
    const evaluationMs = await traceEvaluation(cdp, /content-scripts\/topdossier\.js/, async () => {
      await page.goto(`${host}/10000${query}`);
      await page.waitForFunction(() => (window as unknown as { sidebarAt: number | null }).sidebarAt !== null, undefined, { timeout: 30_000, polling: 50 });
    });
    return { evaluationMs, sidebar: await page.evaluate(sidebarAfterStart, CONTENT_START_MARK) };
  };
  // The first page after the browser started, then the next: Chromium keeps a content
  // script's compiled code, so every later page of the day is the second case.
  const first = await visit('');
  // The sidebar as drawn, for the docked-panel floor (coldPasses): its shadow root's markup and style.
  const panelCopy = await page.evaluate(() => document.querySelector('opp-wijzer-layer')?.shadowRoot?.innerHTML ?? '');
  if (!panelCopy.includes('sidebar')) throw new Error('No sidebar on the OPP page to copy for the docked-panel floor');
  // Two more first pages, each in a browser started afresh: one noisy round decides nothing.
  const rounds = [first.sidebar, ...(await firstPagesAgain(host, html, 2))];
  await page.waitForTimeout(1000);
  await page.goto('about:blank');
  const repeat = await visit('?again');

  // Typing: the extension's own re-check, then the same re-check timed in the page.
  await page.waitForTimeout(1500);
  const longestTypingTaskMs = await typeAndTime(page);
  // The same typing on the same page with OPP-wijzer's layer hidden (it still re-checks): what
  // drawing the sidebar and markers adds to a keystroke, without a second browser's noise.
  const layerShown = (shown: boolean) =>
    page.evaluate((on) => {
      const layer = document.querySelector<HTMLElement>('opp-wijzer-layer');
      if (on) layer?.style.removeProperty('display');
      else layer?.style.setProperty('display', 'none', 'important');
    }, shown);
  await layerShown(false);
  await page.waitForTimeout(500);
  const longestTypingTaskLayerHiddenMs = await typeAndTime(page);
  await layerShown(true);
  await page.addScriptTag({ content: inPage });
  const recheck = await page.evaluate(() => window.oppBench.recheckTimes(40));

  // The popup, throttled too, on this page, in turns with the one-statement page of the same
  // extension (it shares the popup's renderer with the service worker): median of five each.
  await unrouteExtensionPages(h.context);
  const tabId = await h.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  const open = async (path: string) => {
    const tab = await h.context.newPage();
    await throttle(tab);
    await tab.goto(`chrome-extension://${h.extensionId}/${path}`);
    await tab.waitForFunction(() => performance.getEntriesByName('opp-wijzer:popup-drawn').length > 0, undefined, { timeout: 30_000, polling: 50 });
    const marks = await tab.evaluate(() => ({ drawn: performance.getEntriesByName('opp-wijzer:popup-drawn')[0]!.startTime, code: performance.getEntriesByName('opp-wijzer:popup-start')[0]?.startTime ?? NaN }));
    await tab.close();
    return marks;
  };
  const opens: { drawn: number; code: number }[] = [];
  const floors: number[] = [];
  // Each goes first in every other turn: neither always finds the extension's renderer warmed by the other.
  for (let i = 0; i < POPUP_OPENS; i++) {
    const popupFirst = i % 2 === 0;
    if (popupFirst) opens.push(await open(`popup.html?tab=${tabId}`));
    floors.push((await open(FLOOR_PAGE)).drawn);
    if (!popupFirst) opens.push(await open(`popup.html?tab=${tabId}`));
  }
  const middle = <T>(xs: T[], by: (x: T) => number) => [...xs].sort((a, b) => by(a) - by(b))[Math.floor(xs.length / 2)]!;
  const popup = middle(opens, (o) => o.drawn);
  return {
    evaluationMs: first.evaluationMs,
    sidebarAfterStartMs: middle(rounds, (r) => r.ms).ms,
    scriptStartAfterReadyMs: middle(rounds, (r) => r.startAfterReadyMs).startAfterReadyMs,
    sidebarRounds: rounds.map((r) => r.ms),
    repeatEvaluationMs: repeat.evaluationMs,
    repeatSidebarAfterStartMs: repeat.sidebar.ms,
    recheckMedianMs: recheck.median,
    recheckSlowestMs: recheck.slowest,
    longestTypingTaskMs,
    longestTypingTaskLayerHiddenMs,
    panelCopy,
    popupMs: popup.drawn,
    popupCodeStartMs: popup.code,
    ownFloorMs: middle(floors, (ms) => ms),
    popupOpens: POPUP_OPENS,
  };
}
