/**
 * The ParnasSys warning in markup our fixtures don't use: six pupils whose OPP pages show who
 * they are in six forms, then their Passend onderwijs pages in six ParnasSys markups (the
 * variant corpus's families), each once without and once with a running arrangement. And a
 * settings page whose options explain themselves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, eventually, launch, ROOT, type Harness, type Site } from './harness';
import { PS, TD } from './guide-site';
import { FAMILIES } from '../variants/families';
import { EXTRA_CASES } from '../variants/fixture-facts';
import { identity, type IdentityShape } from '../variants/shapes';
import type { Pupil } from '../variants/facts';

const OPP = readFileSync(join(ROOT, 'test/fixtures/opp/c-print-view.html'), 'utf8');
const IDENTITY_IN_OPP = '<p><strong>Leerling:</strong> Lotte Bakker</p><p><strong>Geboortedatum:</strong> 04-07-2017</p>';

/** Six pupils, each OPP page showing who they are in another form: particles, double names, diacritics, dates in words. */
const PUPILS: { pupil: Pupil; shape: IdentityShape }[] = [
  { pupil: { name: 'Noor van Dijk', birth: '14-03-2017', group: '5' }, shape: 'title-dash' },
  { pupil: { name: 'Zoë Jansen-de Vries', birth: '02-11-2015', group: '7' }, shape: 'leerling-line' },
  { pupil: { name: 'Jérôme El Amrani', birth: '30-06-2016', group: '6' }, shape: 'side-card' },
  { pupil: { name: 'Fleur van den Heuvel', birth: '08-11-2016', group: '6' }, shape: 'abbr' },
  { pupil: { name: 'Mees Kok', birth: '22-10-2015', group: '7' }, shape: 'name-parts' },
  { pupil: { name: 'Ravi Jansen', birth: '03-04-2016', group: '5' }, shape: 'bar-pipes' },
];
/**
 * Their Passend onderwijs pages in six markups, each writing the pupil its own way: Wicket's
 * DataTable, label/value divs, a page among other dated sections, periods in words, a
 * feedback-panel sentence, a pane hidden behind another tab.
 */
const MARKUPS = ['wicket-datatable', 'labelvalue-divs', 'other-sections', 'periods-in-words', 'feedback-sentences', 'hidden-tab-panel'];
// The running arrangement begins on the OPP's own date (15-09-2025 in the OPP fixture): one that
// began more than 14 days from it is "controleren" (ROD receives only the dates).
const STATES = { leeg: [], lopend: [{ begin: '15-09-2025', end: '31-07-2027', opmerkingen: 'Arrangement SWV' }] } as const;
const slug = (p: Pupil) => p.name.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '-');
const psUrl = (p: Pupil, id: string, state: keyof typeof STATES) => `${PS}/bao/leerling/${slug(p)}/${id}/${state}?3-1.ILinkListener`;

function site(): Site {
  const out: Site = {};
  if (!OPP.includes(IDENTITY_IN_OPP)) throw new Error('the OPP fixture changed: update IDENTITY_IN_OPP');
  for (const { pupil, shape } of PUPILS) {
    out[`${TD}/opp/${slug(pupil)}`] = () => OPP.replace(IDENTITY_IN_OPP, identity(shape, pupil, 'Ontwikkelingsperspectief')).replace(/Lotte/g, pupil.name.split(' ')[0]!);
    for (const id of MARKUPS) {
      const family = FAMILIES.find((f) => f.id === id)!;
      for (const state of ['leeg', 'lopend'] as const) out[psUrl(pupil, id, state)] = () => family.render({ kind: 'arrangements', pupil, rows: STATES[state] }) as string;
    }
  }
  // A namesake of the first pupil: same name, another birth date.
  const namesake = { ...PUPILS[0]!.pupil, birth: '04-04-2016' };
  out[`${PS}/bao/leerling/naamgenoot?3-1.ILinkListener`] = () => FAMILIES[0]!.render({ kind: 'arrangements', pupil: namesake, rows: [] }) as string;
  const settings = EXTRA_CASES.find((c) => c.name === 'extra/settings-explained-manual-off')!;
  out[`${TD}/instellingen/school`] = () => FAMILIES.find((f) => f.id === 'fieldset-legend')!.render(settings.facts) as string;
  return out;
}

describe('the ParnasSys warning in any markup', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(site());
  });
  afterAll(async () => {
    expect(h?.extensionRequests ?? []).toEqual([]);
    await h?.close();
  });

  // 6 OPP pages and 72 ParnasSys pages in one browser.
  it('flags every empty Passend onderwijs page red and leaves every running one clean, once the pupil\'s OPP was opened, whatever the markup of either', { timeout: 240_000 }, async () => {
    for (const { pupil } of PUPILS) {
      const opp = await h.open(`${TD}/opp/${slug(pupil)}`);
      await opp.locator('opp-wijzer-layer aside.sidebar').waitFor();
      await opp.close();
    }
    const badges: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const { pupil, shape } of PUPILS) {
      for (const id of MARKUPS) {
        for (const [state, expected] of [['leeg', '!'], ['lopend', '']] as const) {
          const page = await h.open(psUrl(pupil, id, state));
          const key = `${shape} → ${id} ${state}`;
          want[key] = expected;
          badges[key] = await eventually(() => badgeText(h, page), expected);
          // A clean page must stay clean: give a late reading the time to turn it.
          if (expected === '') {
            await page.waitForTimeout(400);
            badges[key] = await badgeText(h, page);
          }
          await page.close();
        }
      }
    }
    expect(badges).toEqual(want);
    expect(Object.keys(badges)).toHaveLength(PUPILS.length * MARKUPS.length * 2);
  });

  it('leaves a namesake with another birth date clean', async () => {
    const page = await h.open(`${PS}/bao/leerling/naamgenoot?3-1.ILinkListener`);
    await page.waitForTimeout(1000);
    expect(await badgeText(h, page)).toBe('');
    await page.close();
  });

  it('counts 2 on the badge for manual retention in explained radios and 2FA off', async () => {
    const page = await h.open(`${TD}/instellingen/school`);
    expect(await eventually(() => badgeText(h, page), '2')).toBe('2');
    await page.close();
  });
});
