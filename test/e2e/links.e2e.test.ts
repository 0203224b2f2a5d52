/**
 * The stored pupil links under the load of real use: many tabs at once, tabs racing on one
 * pupil, and a service worker stopped mid-request. The background is their one writer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyChange, type Link, type LinkChange } from '../../lib/privacy/link-format';
import { launch, type Harness } from './harness';
import { extensionPage, pupils, pupilSite, serviceWorkerStopper, storedLinks } from './pupil-pages';

let h: Harness | undefined;
afterEach(async () => {
  expect(h?.extensionRequests ?? []).toEqual([]);
  await h?.close();
  h = undefined;
});

const TWELVE = pupils(12);

describe('pupil links: one writer', () => {
  // Three browsers with 24 page loads each: well over the default minute on a busy machine.
  it('remembers all 12 OPPs opened in 12 tabs at once, with one salt, in three fresh profiles', { timeout: 180_000 }, async () => {
    for (let round = 0; round < 3; round++) {
      h = await launch(pupilSite(TWELVE));
      const tabs = await Promise.all(TWELVE.map((p) => h!.open(p.url)));
      const ext = await extensionPage(h);
      await expect.poll(async () => Object.keys((await storedLinks(ext)).links).length, { timeout: 20_000 }).toBe(12);
      const first = await storedLinks(ext);
      expect(first.version).toBe(4);
      expect(first.salt).toMatch(/^[0-9a-f]{32}$/);
      // No salt anywhere else (format 1 kept it at the top level).
      expect(await ext.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).sort())).not.toContain('salt');

      // Opening every pupil again, at once, makes no new link and keeps the salt.
      await Promise.all(tabs.map((t) => t.reload()));
      await ext.waitForTimeout(1500);
      const again = await storedLinks(ext);
      expect(Object.keys(again.links).sort()).toEqual(Object.keys(first.links).sort());
      expect(again.salt).toBe(first.salt);
      expect(h.extensionRequests).toEqual([]);
      await h.close();
      h = undefined;
    }
  });

  it('keeps every change of 4 tabs racing 50 times each on one pupil', async () => {
    h = await launch({});
    const key = 'c'.repeat(64);
    const tabs = await Promise.all([0, 1, 2, 3].map(() => extensionPage(h!)));
    const sent = await Promise.all(
      tabs.map((tab, t) =>
        tab.evaluate(
          async ({ key, t }) => {
            const changes: unknown[] = [];
            const iso = (n: number) => `2025-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
            const pending: Promise<unknown>[] = [];
            for (let i = 0; i < 50; i++) {
              const r = Math.floor(Math.random() * 1000);
              // A unique read time per change: tab and step in the low digits.
              const at = 1_000_000 + r * 1000 + t * 100 + i;
              const change =
                r % 3 === 0 ? { at, userSaysOpp: true } : r % 3 === 1 ? { at, periods: [{ begin: iso(r), end: r % 2 ? null : iso(r + 5) }] } : { at, oppStart: iso(r + 1) };
              changes.push(change);
              pending.push(chrome.runtime.sendMessage({ type: 'links-update', key, change }));
              if (r % 4 === 0) await new Promise((res) => setTimeout(res, r % 7));
            }
            const answers = await Promise.all(pending);
            return { changes, acked: answers.every((a) => (a as { ok?: boolean })?.ok === true) };
          },
          { key, t },
        ),
      ),
    );
    expect(sent.every((s) => s.acked)).toBe(true);
    const all = sent.flatMap((s) => s.changes as LinkChange[]);
    const today = await tabs[0]!.evaluate(() => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10));
    const expected = all.reduce<Link | undefined>((link, c) => applyChange(link, c, today), undefined);
    const stored = (await storedLinks(tabs[0]!)).links[key];
    expect(stored).toEqual(expected);
    // Every kind of change is in it: the say-so, the newest periods and the newest start date.
    const newest = (pick: (c: LinkChange) => unknown) => all.filter((c) => pick(c) !== undefined).sort((a, b) => b.at - a.at)[0];
    expect(stored?.userSaysOpp).toBe(all.some((c) => c.userSaysOpp) ? true : undefined);
    expect(stored?.periods).toEqual(newest((c) => c.periods)?.periods);
    expect(stored?.oppStart).toEqual(newest((c) => c.oppStart)?.oppStart);
  });

  it('loses nothing it acknowledged when the service worker is stopped mid-request, again and again', async () => {
    h = await launch({});
    const ext = await extensionPage(h);
    const stop = await serviceWorkerStopper(ext);
    let stops = 0;
    let running = true;
    const stopper = (async () => {
      while (running) {
        await new Promise((r) => setTimeout(r, 30 + Math.random() * 90));
        if (!running) break;
        await stop().catch(() => (running = false));
        stops++;
      }
    })();
    // No retries here: what matters is that an answer means "on disk". A message cut off
    // without an answer or an error counts as not acknowledged after 3 s.
    const acked: string[] = await ext
      .evaluate(async () => {
        const out: string[] = [];
        for (let i = 0; i < 40; i++) {
          const key = i.toString(16).padStart(64, 'd');
          const answer = await Promise.race([
            chrome.runtime.sendMessage({ type: 'links-update', key, change: { at: Date.now(), oppSeen: true } }).catch(() => null),
            new Promise((r) => setTimeout(() => r(null), 3000)),
          ]);
          if ((answer as { ok?: boolean } | null)?.ok) out.push(key);
          await new Promise((r) => setTimeout(r, 15));
        }
        return out;
      })
      .finally(() => (running = false));
    await stopper;
    expect(stops).toBeGreaterThanOrEqual(3);
    expect(acked.length).toBeGreaterThanOrEqual(5);
    const stored = Object.keys((await storedLinks(ext)).links);
    for (const key of acked) expect(stored).toContain(key);
  });

  it('a tab whose message was cut off by a stopped worker sends it again', async () => {
    const six = pupils(6);
    h = await launch(pupilSite(six));
    const ext = await extensionPage(h);
    const stop = await serviceWorkerStopper(ext);
    for (const [i, p] of six.entries()) {
      const page = await h.context.newPage();
      const loading = page.goto(p.url);
      // Stop the worker around the moment the content script asks for the salt and writes.
      await new Promise((r) => setTimeout(r, i * 40));
      await stop();
      await loading;
      await stop();
    }
    await expect.poll(async () => Object.keys((await storedLinks(ext)).links).length, { timeout: 20_000 }).toBe(6);
  });
});
