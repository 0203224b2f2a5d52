/// <reference types="chrome" />
/**
 * E2E harness: Debian's Chromium, headless, with the built extension loaded, and fixture
 * pages served at the real host names through context.route, so the manifest's real
 * match patterns decide where the extension runs. Every request is recorded, so a test
 * can prove the extension itself sends nothing anywhere.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How every Chromium here runs: no sandbox or GPU, and no traffic or updates of its own. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Chromium without any extension (the bench's pages alone). */
export const launchPlain = () => chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });

/**
 * Pages at host names: 'https://wijs-demo.topdossier.nl/opp/1' → a fixture file (relative
 * to test/fixtures), or a function that answers the request with HTML (a form's POST).
 */
export type Site = Record<string, string | ((request: Request) => string)>;

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests made by anything but the test's own pages (the extension's contexts). */
  extensionRequests: string[];
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(site: Site, options: { locale?: string; headless?: boolean; /** Another build folder than .output/chrome-mv3 (bench/). */ extension?: string } = {}): Promise<Harness> {
  const extension = options.extension ?? EXTENSION;
  const profile = mkdtempSync(join(tmpdir(), 'opp-wijzer-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    locale: options.locale ?? 'nl-NL',
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  // Fixture pages load nothing but themselves, so every request that is not a test's own
  // navigation, and every request of the service worker, comes from the extension.
  const extensionRequests: string[] = [];
  context.on('request', (request) => {
    if (request.url().startsWith('chrome-extension://')) return;
    if (request.serviceWorker() || !request.isNavigationRequest()) extensionRequests.push(request.url());
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const entry = site[url.split('#')[0] ?? url];
    if (entry) {
      const body = typeof entry === 'string' ? readFileSync(join(ROOT, 'test/fixtures', entry)) : entry(route.request());
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } else if (url.startsWith('chrome-extension://') || url.startsWith('data:')) {
      await route.continue();
    } else {
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in fixture site' });
    }
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionRequests,
    async open(url: string) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The toolbar badge text of the tab showing `page`, read from the service worker. The
 * page is brought to the front and its tab found as the active one: the extension has no
 * "tabs" permission, so it cannot see the address of tabs outside its two apps.
 */
export async function badgeText(h: Harness, page: Page): Promise<string> {
  await page.bringToFront();
  return h.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return '<no tab>';
    return chrome.action.getBadgeText({ tabId: tab.id });
  });
}

/** Polls until `read` returns `expected` or the time is up; returns the last value read. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 12_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await read();
  while (last !== expected && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

/** Saves a picture for the README (docs/): made by the e2e run, so it shows the product as it is. */
export async function readmeShot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
  await page.screenshot({ path: join(ROOT, 'docs', `${name}.png`), ...(clip ? { clip } : {}) });
}

/**
 * The size both stores take: the Chrome Web Store wants 1280×800 (or 640×400), and
 * addons.mozilla.org shows 1280×800 best (store/README.md).
 */
export const STORE_SHOT = { width: 1280, height: 800 };

/** Saves a store screenshot (store/screenshots/), at the stores' size; refreshed on every e2e run. */
export async function storeShot(page: Page, name: string): Promise<void> {
  await page.setViewportSize(STORE_SHOT);
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(ROOT, 'store/screenshots', `${name}.png`) });
}

/**
 * axe-core on an extension page: its violations as "id (nodes)", and how many checks passed
 * (a page axe could not look at passes nothing). Evaluated through the DevTools protocol: the
 * extension page's CSP allows no inline script tag.
 */
export async function axeOnExtensionPage(page: Page): Promise<{ violations: string[]; passes: number }> {
  await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run();
    return { violations: r.violations.map((v: { id: string; nodes: unknown[] }) => `${v.id} (${v.nodes.length})`), passes: r.passes.length as number };
  });
}
