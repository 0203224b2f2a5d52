/**
 * Many pupils for the e2e tests: the print-view OPP fixture with another pupil's name and
 * birth date, served at one address per pupil.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { ROOT, type Harness, type Site } from './harness';
import { TD } from './guide-site';

const TEMPLATE = readFileSync(join(ROOT, 'test/fixtures/opp/c-print-view.html'), 'utf8');
const FIRST = ['Ravi', 'Anouk', 'Mees', 'Fenna', 'Daan', 'Yara', 'Sem', 'Noor', 'Milan', 'Saar', 'Luuk', 'Zoë'];
const LAST = ['Jansen', 'de Boer', 'Kok', 'Visser', 'Smit', 'El Amrani', 'de Vries', 'Bos', 'Mulder', 'Dekker', 'Peters', 'Çelik'];

export interface Pupil {
  name: string;
  birth: string;
  url: string;
}

export function pupils(n: number): Pupil[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}`,
    birth: `${String((i % 27) + 1).padStart(2, '0')}-0${(i % 9) + 1}-2016`,
    url: `${TD}/opp/leerling-${i}`,
  }));
}

export function pupilSite(list: Pupil[]): Site {
  return Object.fromEntries(
    list.map((p) => [p.url, () => TEMPLATE.replace('Lotte Bakker', p.name).replace('04-07-2017', p.birth).replace(/Lotte/g, p.name.split(' ')[0]!)]),
  );
}

/** An extension page to read storage and talk to the background from, whatever the worker does. */
export async function extensionPage(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  return page;
}

/** The stored links as one picture: the record (version, salt) and every pupil's entry. */
export async function storedLinks(ext: Page): Promise<{ version?: number; salt?: string; links: Record<string, Record<string, unknown>> }> {
  return ext.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const record = (all.pupilLinks ?? {}) as { version?: number; salt?: string };
    const links = Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('pupilLink:')).map(([k, v]) => [k.slice('pupilLink:'.length), v as Record<string, unknown>]));
    return { ...record, links };
  });
}

/** Stops the extension's service worker, as Chromium does after 30 s idle (DevTools protocol). */
export async function serviceWorkerStopper(ext: Page): Promise<() => Promise<void>> {
  const cdp: CDPSession = await ext.context().newCDPSession(ext);
  await cdp.send('ServiceWorker.enable');
  return async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
  };
}
