/**
 * The yearly PDF of the OPP in the pupil's dossier (rod.pdf), in the browser: the dossier as a
 * table, as cards and as a tree of folders, for a pupil whose OPP was opened in Topdossier first.
 * The pages date their documents relative to today ("Vandaag", "gisteren", "3 jaar geleden"), so
 * the school year they fall in does not depend on the day the test runs (except 1 August).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launch, type Harness } from './harness';

const TD = 'https://wijs-demo.topdossier.nl';
const PS = 'https://wijs.parnassys.net';
const DOSSIER = (m: string) => `${PS}/bao/leerling/dossier?1-1.ILinkListener-tabs-4-${m}`;

async function title(h: Harness): Promise<string> {
  return h.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getTitle({ tabId: tab!.id! });
  });
}

describe('ParnasSys dossier: the OPP as PDF of this school year', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({
      [`${TD}/opp/sem`]: 'opp/a-empty-hoorrecht.html',
      [DOSSIER('tabel')]: 'site/ps/dossier-e2e-tabel.html',
      [DOSSIER('kaarten')]: 'site/ps/dossier-e2e-kaarten.html',
      [DOSSIER('boom')]: 'site/ps/dossier-e2e-boom.html',
    });
    const opp = await h.open(`${TD}/opp/sem`);
    await opp.locator('opp-wijzer-layer aside.sidebar').waitFor();
    await eventually(async () => (await h.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)))).includes('"oppSeen":true'), true);
    await opp.close();
  });
  afterAll(() => h?.close());

  // rod.arrangement asks too (nothing is known of the arrangements): one "te controleren" when the PDF is there, two when not.
  for (const [markup, count] of [['tabel', 1], ['kaarten', 2], ['boom', 1]] as const) {
    it(`reads the dossier as ${markup}: ${count === 1 ? 'the OPP of this year is there' : 'only an old OPP: controleren, never ontbreekt'}`, async () => {
      const page = await h.open(DOSSIER(markup));
      expect(await eventually(() => title(h), `OPP-wijzer: ${count} te controleren`)).toBe(`OPP-wijzer: ${count} te controleren`);
      await page.close();
    });
  }
});
