/**
 * The year around an OPP on ParnasSys pages in three markups (issue #26 parts 2, 3 and 4): a
 * running arrangement begun far from the OPP's date, the medical exception of an
 * onderwijstijdverkorting, and a pupil back at basisondersteuning whose arrangement runs on
 * without an end date. Each is "controleren" (?), never the red "!". (Late registration, the
 * red "!" that says how late, is in identity.e2e.test.ts in six markups.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, eventually, launch, ROOT, type Harness, type Site } from './harness';
import { PS, TD } from './guide-site';
import { FAMILIES } from '../variants/families';
import type { Pupil } from '../variants/facts';

const OPP = readFileSync(join(ROOT, 'test/fixtures/opp/c-print-view.html'), 'utf8');
const OTV_MEDICAL = `<h2>Onderwijstijdverkorting</h2>
<dl><dt>Onderwijstijdverkorting</dt><dd>Ja</dd><dt>Reden van de afwijking</dt><dd>Behandeling in het ziekenhuis (dialyse) drie ochtenden per week.</dd>
<dt>Programma op maat</dt><dd>Middagen in de groep, kernvakken.</dd><dt>Aantal uren per week</dt><dd>14</dd>
<dt>Opbouw naar volledige onderwijstijd</dt><dd>Na de behandeling weer volledig.</dd></dl>
<h2>Instemming</h2>`;
const MEDICAL: Pupil = { name: 'Lotte Bakker', birth: '04-07-2017', group: '5' };
const BASIS: Pupil = { name: 'Sem de Vries', birth: '12-03-2016', group: '6' };
const LATER: Pupil = { name: 'Noor Jansen', birth: '21-05-2015', group: '7' };
const MARKUPS = ['wicket-datatable', 'labelvalue-divs', 'periods-in-words'];
const ps = (who: string, id: string) => `${PS}/bao/leerling/${who}/${id}?3-1.ILinkListener`;
/** Topdossier's list of dossiers with the pupil at basisondersteuning (lichte ondersteuning, niveau 2). */
const LIST = `<!DOCTYPE html><html lang="nl"><head><title>Dossiers - Topdossier</title></head><body><h1>Dossiers</h1>
<table><thead><tr><th>Leerling</th><th>Geboortedatum</th><th>Groep</th><th>Niveau</th></tr></thead>
<tbody><tr><td><a href="#">Vries, Sem de</a></td><td>12-03-2016</td><td>6</td><td>Lichte ondersteuning (niveau 2)</td></tr></tbody></table></body></html>`;

/** The toolbar button's title: how many parts are missing or to check on the active tab. */
async function title(h: Harness, page: { bringToFront(): Promise<void> }): Promise<string> {
  await page.bringToFront();
  return h.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getTitle({ tabId: tab!.id! });
  });
}

function site(): Site {
  const out: Site = {
    [`${TD}/opp/lotte`]: () => OPP.replace('<h2>Instemming</h2>', OTV_MEDICAL),
    [`${TD}/opp/sem`]: () => OPP.replace(/Lotte Bakker/g, BASIS.name).replace('04-07-2017', BASIS.birth).replace(/Lotte/g, 'Sem'),
    [`${TD}/dossiers`]: () => LIST,
    [`${TD}/opp/noor`]: () => OPP.replace(/Lotte Bakker/g, LATER.name).replace('04-07-2017', LATER.birth).replace(/Lotte/g, 'Noor'),
  };
  for (const id of MARKUPS) {
    const family = FAMILIES.find((f) => f.id === id)!;
    out[ps('lotte', id)] = () => family.render({ kind: 'arrangements', pupil: MEDICAL, rows: [] }) as string;
    // Running from the OPP's own date (15-09-2025), no end date yet.
    // Begun 01-11-2025, 47 days after the OPP was set (15-09-2025): ROD gets the wrong begin date.
    out[ps('noor', id)] = () => family.render({ kind: 'arrangements', pupil: LATER, rows: [{ begin: '01-11-2025', end: '31-07-2027', opmerkingen: 'Arrangement SWV' }] }) as string;
    out[ps('sem', id)] = () => family.render({ kind: 'arrangements', pupil: BASIS, rows: [{ begin: '15-09-2025', end: '', opmerkingen: 'Arrangement SWV' }] }) as string;
  }
  return out;
}

describe('the year around an OPP, in three ParnasSys markups', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(site());
  });
  afterAll(async () => {
    expect(h?.extensionRequests ?? []).toEqual([]);
    await h?.close();
  });

  it('a running arrangement begun more than 14 days after the OPP was set: "?", its begin date asked about', async () => {
    const opp = await h.open(`${TD}/opp/noor`);
    await opp.locator('opp-wijzer-layer aside.sidebar').waitFor();
    await opp.close();
    for (const id of MARKUPS) {
      const page = await h.open(ps('noor', id));
      expect(await eventually(() => title(h, page), 'OPP-wijzer: 1 te controleren'), id).toBe('OPP-wijzer: 1 te controleren');
      expect(await badgeText(h, page), id).toBe('?');
      await page.close();
    }
  });

  it('an OPP whose onderwijstijdverkorting has a medical reason: no arrangement is "?" (the Variawet exception), not "!"', async () => {
    const opp = await h.open(`${TD}/opp/lotte`);
    await opp.locator('opp-wijzer-layer aside.sidebar').waitFor();
    await opp.close();
    for (const id of MARKUPS) {
      const page = await h.open(ps('lotte', id));
      expect(await eventually(() => badgeText(h, page), '?'), id).toBe('?');
      await page.waitForTimeout(300);
      expect(await badgeText(h, page), `${id}, a moment later`).toBe('?');
      await page.close();
    }
  });

  // The open end date is one "te controleren" (rod.einddatum) on every such page; the question whether the
  // extra ondersteuning stopped (rod.arrangement) is the second, and only once the list showed the level.
  it('back at basisondersteuning with an open arrangement: asked about once the list said so, never "!"', async () => {
    const opp = await h.open(`${TD}/opp/sem`);
    await opp.locator('opp-wijzer-layer aside.sidebar').waitFor();
    await opp.close();
    const before = await h.open(ps('sem', MARKUPS[0]!));
    expect(await eventually(() => title(h, before), 'OPP-wijzer: 1 te controleren')).toBe('OPP-wijzer: 1 te controleren');
    await before.close();
    const list = await h.open(`${TD}/dossiers`);
    await list.waitForTimeout(1000);
    await list.close();
    for (const id of MARKUPS) {
      const page = await h.open(ps('sem', id));
      expect(await eventually(() => title(h, page), 'OPP-wijzer: 2 te controleren'), id).toBe('OPP-wijzer: 2 te controleren');
      expect(await badgeText(h, page), id).toBe('?');
      await page.close();
    }
  });
});
