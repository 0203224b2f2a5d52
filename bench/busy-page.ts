/**
 * A busy page (issue #27 part 7): a complete OPP beside a clock that ticks ten times a second, a
 * news ticker whose words change four times a second, and an Ajax poll that swaps a panel every
 * 2 s (none of them marked with ARIA). OPP-wijzer's share of the main thread over 10 s is the
 * renderer's task time with the extension minus the same page alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { ROOT } from '../test/e2e/harness';

export const BUSY_SECONDS = 10;

const BUSY_SCRIPT = `<div id="busy"><span id="klok">00:00:00</span> <span id="ticker">Welkom</span><aside id="meldingen"><p>Geen meldingen</p></aside></div>
<script>
let n = 0;
const words = ['Studiedag vrijdag', 'Ouderavond groep 5', 'Schoolreis naar Artis', 'Luizencontrole maandag'];
setInterval(() => { const s = ++n; document.getElementById('klok').firstChild.nodeValue = new Date(s * 100).toISOString().slice(11, 19); }, 100);
setInterval(() => { const t = document.getElementById('ticker'); t.replaceChildren(document.createTextNode(words[n % words.length])); }, 250);
setInterval(() => { document.getElementById('meldingen').innerHTML = '<p>Nieuwe melding: ' + words[(n >> 3) % words.length] + '</p>'; }, 2000);
</script>`;

export function busyPage(): string {
  const opp = readFileSync(join(ROOT, 'test/fixtures/opp/a-wicket-table.html'), 'utf8');
  return opp.replace('</body>', `${BUSY_SCRIPT}</body>`);
}

/** The page's renderer task time (ms) over BUSY_SECONDS, after it has loaded and settled. */
export async function busyTaskMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(1500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const from = await task();
  await page.waitForTimeout(BUSY_SECONDS * 1000);
  const ms = (await task()) - from;
  await page.close();
  return ms;
}
