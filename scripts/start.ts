/**
 * npm start: builds OPP-wijzer and opens it on the bundled demo pages in Chromium. With a
 * display, the browser stays open to try it by hand. Without one (a server, CI), it writes
 * a screenshot of each demo page to .output/demo/ and prints the checklist it found.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { checkHtml } from '../cli/check-html';
import { formatReport } from '../cli/opp-check';
import { badgeText, launch, ROOT } from '../test/e2e/harness';
import { DEMO_PAGES } from './demo-site';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
const site = Object.fromEntries(DEMO_PAGES.map((p) => [p.url, p.fixture]));
const h = await launch(site, { headless: !headed });
const outDir = join(ROOT, '.output/demo');
mkdirSync(outDir, { recursive: true });

for (const demo of DEMO_PAGES) {
  const page = await h.open(demo.url);
  await page.waitForTimeout(600);
  const badge = await badgeText(h, page);
  console.log(`\n=== ${demo.title}: ${demo.url}  (badge: ${badge || 'leeg'})`);
  console.log(formatReport(checkHtml(readFileSync(join(ROOT, 'test/fixtures', demo.fixture), 'utf8'), { url: demo.url }).report, 'nl'));
  if (!headed) {
    const file = join(outDir, `${demo.url.split('/').pop()}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`screenshot: ${file}`);
  }
}

// The whole school's ROD check, with the bundled demo export (a ParnasSys Dynamisch overzicht).
const demoExport = join(ROOT, 'test/fixtures/parnassys/dynamisch-overzicht.csv');
const rod = await h.context.newPage();
await rod.goto(`chrome-extension://${h.extensionId}/rodcontrole.html`);
console.log(`\n=== ROD-controle: kies ${demoExport} (de lijst met dossiers hierboven leerde de OPP's)`);
if (!headed) {
  await rod.locator('#peildatum').fill('2026-11-28');
  await rod.locator('#export-file').setInputFiles(demoExport);
  await rod.locator('[data-total="pupils"]').waitFor();
  const file = join(outDir, 'rod-controle.png');
  await rod.screenshot({ path: file, fullPage: true });
  console.log(`screenshot: ${file}`);
}

if (headed) {
  console.log('\nOPP-wijzer draait in Chromium op de demopagina\'s. Sluit het venster om te stoppen.');
  await new Promise<void>((resolve) => h.context.on('close', () => resolve()));
} else {
  await h.close();
}
