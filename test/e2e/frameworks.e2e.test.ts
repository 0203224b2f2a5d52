/**
 * A complete OPP in markup families only the variant corpus described before (issue #23), in a
 * real browser: Angular Material and web components whose label and value are attributes. No
 * part is ontbreekt or controleren; typing "xxx" into a part turns it to ontbreekt within 0.5 s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { SidebarPage } from './sidebar-page';
import { OPP_FIXTURE_FACTS } from '../variants/opp/opp-fixture-facts';
import { angularMaterial } from '../variants/opp/families/angular-material';
import { webComponents } from '../variants/opp/families/web-components';
import type { OppFamily } from '../variants/opp/families';

const COMPLETE = OPP_FIXTURE_FACTS['opp/a-wicket-table']!;
const URL_MATERIAL = 'https://wijs-demo.topdossier.nl/dossier/501/opp';
const URL_COMPONENTS = 'https://wijs-demo.topdossier.nl/dossier/502/opp';

function rendered(family: OppFamily, script = ''): () => string {
  const html = family.renderOpp(COMPLETE);
  if (typeof html !== 'string') throw new Error(html.skip);
  return () => html.replace('</body>', `${script}</body>`);
}

/**
 * A stand-in for the component library: what such a component does when the user types,
 * reflecting its value to the attribute (as Shoelace does for `value`). Served by the page, like the library would be.
 */
const TYPE_INTO_COMPONENT = `<script>window.typeInto = (label, text) => { const el = [...document.querySelectorAll('[label]')].find((e) => e.getAttribute('label') === label); el.setAttribute('value', text); el.dispatchEvent(new Event('input', { bubbles: true })); };</script>`;

describe('a complete OPP in framework markup', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ [URL_MATERIAL]: rendered(angularMaterial), [URL_COMPONENTS]: rendered(webComponents, TYPE_INTO_COMPONENT) });
  });
  afterAll(async () => {
    expect(h?.extensionRequests ?? []).toEqual([]);
    await h?.close();
  });

  it('Angular Material: nothing missing or to check, and "xxx" typed into the handelingsdeel is ontbreekt within half a second', async () => {
    const s = new SidebarPage(await h.open(URL_MATERIAL));
    await s.aside.waitFor();
    expect(await s.aside.locator('.sidebar__counts').textContent()).toContain('Alles in orde');
    const field = s.page.locator('mat-form-field', { hasText: 'Handelingsdeel' }).locator('textarea');
    await field.fill('xxx');
    const typed = Date.now();
    await expect.poll(async () => (await s.statuses())['opp.handelingsdeel'], { timeout: 500, interval: 25 }).toBe('fail');
    expect(Date.now() - typed).toBeLessThan(500);
  });

  it('web components: the attributes are read, and a value set to "xxx" is ontbreekt within half a second', async () => {
    const s = new SidebarPage(await h.open(URL_COMPONENTS));
    await s.aside.waitFor();
    expect(await s.aside.locator('.sidebar__counts').textContent()).toContain('Alles in orde');
    await s.page.evaluate(() => (window as unknown as { typeInto(label: string, text: string): void }).typeInto('Handelingsdeel', 'xxx'));
    const typed = Date.now();
    await expect.poll(async () => (await s.statuses())['opp.handelingsdeel'], { timeout: 500, interval: 25 }).toBe('fail');
    expect(Date.now() - typed).toBeLessThan(500);
  });
});
