/**
 * E2E harness for Firefox ESR: Debian's firefox-esr, headless, driven by puppeteer-core over
 * WebDriver BiDi (Playwright cannot drive a stock Firefox), with the built Firefox extension
 * installed as a temporary add-on. Fixture pages are served at the real host names by
 * request interception. Everything else goes to a local proxy that only counts: a request
 * from the extension's background would land there.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from '../e2e/harness';

export const FIREFOX_EXTENSION = join(ROOT, '.output/firefox-mv2');
/** A fixed moz-extension:// host, so tests can open the extension's own pages. */
export const UUID = '5b0e1a52-9d1e-4f8a-9a57-0f3c2b1d7e11';
const ADDON_ID = 'opp-wijzer@wijs.example';

/** The ESRs the suite runs on: apt's (security updates) and 140 from Debian's main (scripts/install-browsers.sh). */
export const FIREFOXES = [
  { name: 'Firefox ESR (apt)', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', major: /^firefox\/\d{3}\./ },
  { name: 'Firefox ESR 140', path: process.env.FIREFOX_140_PATH ?? '/opt/firefox-esr-140/usr/lib/firefox-esr/firefox-esr', major: /^firefox\/140\./ },
];

export type FxSite = Record<string, string | (() => string)>;

export interface FxHarness {
  browser: Browser;
  version: string;
  /** Requests from anything but the test's own pages (the extension's background would be here). */
  strayRequests: string[];
  open(url: string): Promise<Page>;
  /** An extension page (options) to call the extension's APIs from; waits until they are there. */
  extensionPage(path?: string): Promise<Page>;
  badgeText(urlPattern: string): Promise<string>;
  close(): Promise<void>;
}

/** A proxy that answers nothing and writes down what was asked of it. */
async function countingProxy(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url ?? ''}`);
    socket.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0, seen };
}

export async function launchFirefox(executablePath: string, site: FxSite): Promise<FxHarness> {
  if (!existsSync(executablePath)) throw new Error(`Firefox not found at ${executablePath}: run scripts/install-browsers.sh`);
  const proxy = await countingProxy();
  const profile = mkdtempSync(join(tmpdir(), 'opp-wijzer-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'intl.accept_languages': 'nl-NL, nl',
      'intl.locale.requested': 'nl',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.allow_hijacking_localhost': true,
      // Firefox's own services stay quiet, so that whatever reaches the proxy is ours.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'extensions.blocklist.enabled': false,
      'app.normandy.enabled': false,
      'browser.region.network.url': '',
      'browser.safebrowsing.provider.mozilla.updateURL': '',
      'network.connectivity-service.enabled': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
    // Firefox 153 lets automation into privileged (moz-extension) pages only with this.
    // The remote-settings server can be pointed elsewhere only with MOZ_REMOTE_SETTINGS_DEVTOOLS.
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
  await browser.installExtension(FIREFOX_EXTENSION);
  const version = await browser.version();

  const routed = async (page: Page) => {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url().split('#')[0]!;
      const entry = site[url];
      if (entry !== undefined) {
        const body = typeof entry === 'string' ? readFileSync(join(ROOT, 'test/fixtures', entry), 'utf8') : entry();
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      } else if (/^(moz-extension|data|about):/.test(url)) {
        void request.continue();
      } else {
        // The page's own favicon is Firefox asking, not the extension.
        if (!url.endsWith('/favicon.ico')) proxy.seen.push(`page: ${url}`);
        void request.respond({ status: 404, contentType: 'text/plain', body: 'not in fixture site' });
      }
    });
    return page;
  };

  const extensionPage = async (path = 'options.html'): Promise<Page> => {
    const page = await browser.newPage();
    // An extension page's load event does not reach BiDi: go there, then wait for its API.
    void page.goto(`moz-extension://${UUID}/${path}`).catch(() => undefined);
    // Polled from here: the page's CSP forbids the Function() that waitForFunction uses (ESR 140).
    const end = Date.now() + 15_000;
    while (Date.now() < end) {
      const ready = await page.evaluate(() => location.protocol === 'moz-extension:' && typeof (globalThis as { browser?: unknown }).browser === 'object').catch(() => false);
      if (ready) return page;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`extension page ${path} did not open`);
  };

  return {
    browser,
    version,
    extensionPage,
    strayRequests: proxy.seen,
    async open(url) {
      const page = await routed(await browser.newPage());
      await page.goto(url);
      return page;
    },
    async badgeText(urlPattern) {
      const ext = await extensionPage();
      const text = await ext.evaluate(async (pattern: string) => {
        const b = (globalThis as unknown as { browser: typeof chrome }).browser;
        const [tab] = await b.tabs.query({ url: pattern });
        const action = b.browserAction as unknown as { getBadgeText(details: { tabId: number }): Promise<string> };
        return tab?.id === undefined ? '<no tab>' : action.getBadgeText({ tabId: tab.id });
      }, urlPattern);
      await ext.close();
      return text;
    },
    async close() {
      await browser.close();
      await new Promise((r) => proxy.server.close(r));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
