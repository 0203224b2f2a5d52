/** axe-core on one of OPP-wijzer's layers (inside its shadow root), in the page as the user sees it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';

/** The rules axe finds broken in `inner` of the layer `host` (as "rule (nodes)"), and how many it found kept. */
export async function axeOnLayer(page: Page, host: string, inner: string): Promise<{ violations: string[]; passes: number }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  return page.evaluate(async ([h, i]) => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run({ include: { fromShadowDom: [h, i] } });
    return { violations: r.violations.map((v: { id: string; nodes: unknown[] }) => `${v.id} (${v.nodes.length})`), passes: r.passes.length as number };
  }, [host, inner] as const);
}
