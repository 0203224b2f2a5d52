/**
 * What any extension page costs to open here, as the popup's floor: an extension whose page
 * runs one statement and marks its first frame, opened the way the bench opens the popup.
 * Before its code runs, the browser starts the extension's renderer and loads the page; no
 * popup can be drawn sooner than this page is.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION } from '../test/e2e/harness';
import { withTempExtension } from './temp-extension';

const PAGE = '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>floor</title></head><body><main id="app"></main><script type="module" src="/floor.js"></script></body></html>';
// The same marks as the popup (entrypoints/popup/main.tsx): its code starts, its first frame.
const SCRIPT = "performance.mark('opp-wijzer:popup-start');\ndocument.getElementById('app').textContent = 'OPP-wijzer';\nrequestAnimationFrame(() => performance.mark('opp-wijzer:popup-drawn'));\n";

/** The one-statement page's address in an extension that holds it. */
export const FLOOR_PAGE = 'floor.html';

/**
 * OPP-wijzer's build with the one-statement page beside the popup, in a folder of its own
 * (removed by `remove`): the floor opened in the same extension as the popup, in the same
 * browser and minutes, its renderer shared with OPP-wijzer's service worker as the popup's is.
 */
export function buildWithFloorPage(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'opp-wijzer-with-floor-'));
  cpSync(EXTENSION, dir, { recursive: true });
  writeFileSync(join(dir, FLOOR_PAGE), PAGE);
  writeFileSync(join(dir, 'floor.js'), SCRIPT);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface PageFloor {
  /** Median ms from navigation to the first frame, unthrottled and throttled `rate`×. */
  drawnMs: number;
  throttledDrawnMs: number;
}

export async function extensionPageFloor(rate: number, opens = 5): Promise<PageFloor> {
  // A service worker only so that the extension's id can be read, as the harness does.
  const manifest = { manifest_version: 3, name: 'floor', version: '1', background: { service_worker: 'sw.js' }, action: { default_popup: 'floor.html' } };
  return withTempExtension({ 'manifest.json': JSON.stringify(manifest), 'sw.js': '', [FLOOR_PAGE]: PAGE, 'floor.js': SCRIPT }, async (context) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const url = `chrome-extension://${new URL(worker.url()).host}/${FLOOR_PAGE}`;
    const open = async (throttled: boolean) => {
      const page = await context.newPage();
      if (throttled) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('opp-wijzer:popup-drawn').length > 0, undefined, { timeout: 30_000, polling: 20 });
      const drawn = await page.evaluate(() => performance.getEntriesByName('opp-wijzer:popup-drawn')[0]!.startTime);
      await page.close();
      return drawn;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const times = { plain: [] as number[], throttled: [] as number[] };
    // In turns, as the popup's own opens are spread over the same minutes.
    for (let i = 0; i < opens; i++) {
      times.plain.push(await open(false));
      times.throttled.push(await open(true));
    }
    return { drawnMs: median(times.plain), throttledDrawnMs: median(times.throttled) };
  });
}
