/**
 * The ParnasSys warning in markup our fixtures don't use: pupils whose OPP pages show who
 * they are in different shapes, then their empty Passend onderwijs pages in different
 * ParnasSys markups (the variant corpus's families). And a settings page whose options
 * explain themselves.
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

const PUPILS: { pupil: Pupil; shape: IdentityShape }[] = [
  { pupil: { name: 'Ravi Jansen', birth: '03-04-2016', group: '5' }, shape: 'field-comma' },
  { pupil: { name: 'Anouk de Boer', birth: '12-01-2017', group: '4' }, shape: 'details-table' },
  { pupil: { name: 'Mees Kok', birth: '22-10-2015', group: '7' }, shape: 'band-unlabelled' },
  { pupil: { name: 'Fenna Visser', birth: '09-06-2016', group: '5' }, shape: 'breadcrumb' },
  { pupil: { name: 'Daan Smit', birth: '30-11-2015', group: '6' }, shape: 'heading-geb' },
];
/** Wicket's default empty DataTable, a sentence only, an empty list beside its button, only the add button. */
const MARKUPS = ['wicket-datatable', 'labelvalue-divs', 'print-view', 'definition-list', 'component-library'];
const slug = (p: Pupil) => p.name.toLowerCase().replace(/\W+/g, '-');

function site(): Site {
  const out: Site = {};
  for (const { pupil, shape } of PUPILS) {
    if (!OPP.includes(IDENTITY_IN_OPP)) throw new Error('the OPP fixture changed: update IDENTITY_IN_OPP');
    out[`${TD}/opp/${slug(pupil)}`] = () => OPP.replace(IDENTITY_IN_OPP, identity(shape, pupil)).replace(/Lotte/g, pupil.name.split(' ')[0]!);
    for (const id of MARKUPS) {
      const family = FAMILIES.find((f) => f.id === id)!;
      out[`${PS}/bao/leerling/${slug(pupil)}/${id}?3-1.ILinkListener`] = () => family.render({ kind: 'arrangements', pupil, rows: [] }) as string;
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

  it('flags every empty Passend onderwijs page red once the pupil\'s OPP was opened, whatever the markup of either', async () => {
    for (const { pupil } of PUPILS) {
      const opp = await h.open(`${TD}/opp/${slug(pupil)}`);
      await opp.locator('opp-wijzer-layer aside.sidebar').waitFor();
      await opp.close();
    }
    const badges: Record<string, string> = {};
    for (const { pupil, shape } of PUPILS) {
      for (const id of MARKUPS) {
        const page = await h.open(`${PS}/bao/leerling/${slug(pupil)}/${id}?3-1.ILinkListener`);
        badges[`${shape} → ${id}`] = await eventually(() => badgeText(h, page), '!');
        await page.close();
      }
    }
    expect(badges).toEqual(Object.fromEntries(Object.keys(badges).map((k) => [k, '!'])));
    expect(Object.keys(badges)).toHaveLength(PUPILS.length * MARKUPS.length);
  });

  it('leaves a namesake with another birth date clean', async () => {
    const page = await h.open(`${PS}/bao/leerling/naamgenoot?3-1.ILinkListener`);
    expect(await eventually(() => badgeText(h, page), '?')).toBe('?');
    await page.waitForTimeout(300);
    expect(await badgeText(h, page)).toBe('?');
    await page.close();
  });

  it('counts 2 on the badge for manual retention in explained radios and 2FA off', async () => {
    const page = await h.open(`${TD}/instellingen/school`);
    expect(await eventually(() => badgeText(h, page), '2')).toBe('2');
    await page.close();
  });
});
