import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHtml } from '../../cli/check-html';
import { fixtureCases } from '../integration/fixture-cases';
import { eventually, launch, readmeShot, ROOT, storeShot, type Harness } from './harness';
import { SidebarPage } from './sidebar-page';
import { axeOnLayer } from './axe';

const HOST = 'https://wijs-demo.topdossier.nl';
const OPP_CASES = fixtureCases().filter((c) => c.expected.page === 'opp' && c.expected.app === 'topdossier');
const posted: string[] = [];

describe('the sidebar on Topdossier OPP pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({
      [`${HOST}/opp/leeg-hoorrecht`]: 'opp/a-empty-hoorrecht.html',
      [`${HOST}/opp/formulier`]: 'opp/b-label-form.html',
      [`${HOST}/opp/opslaan-rechts`]: 'opp/g-save-bar.html',
      [`${HOST}/opp/onleesbaar`]: 'opp/f-unreadable.html',
      [`${HOST}/dossiers`]: 'opp/e-dossier-list.html',
      [`${HOST}/leerling/88/opp/save`]: (request) => {
        posted.push(request.postData() ?? '');
        return '<!DOCTYPE html><html><head><title>Opgeslagen</title></head><body><p>Het OPP is opgeslagen.</p></body></html>';
      },
      ...Object.fromEntries(OPP_CASES.map((c) => [`${HOST}/fixture/${c.name}`, `${c.name}.html`])),
    });
  });
  afterAll(() => h?.close());

  it('appears on an OPP page as a landmark, and not on a dossier list', async () => {
    const opp = new SidebarPage(await h.open(`${HOST}/opp/leeg-hoorrecht`));
    await opp.aside.waitFor();
    expect(await opp.aside.getAttribute('aria-label')).toBe('OPP-wijzer');
    const list = new SidebarPage(await h.open(`${HOST}/dossiers`));
    await list.page.waitForTimeout(600);
    expect(await list.layer.count()).toBe(0);
    await opp.page.close();
    await list.page.close();
  });

  it('shows an empty hoorrecht as a fail with a marker, and a pass once the user types', async () => {
    const s = new SidebarPage(await h.open(`${HOST}/opp/leeg-hoorrecht`));
    await s.aside.waitFor();
    expect(await s.finding('opp.hoorrecht').getAttribute('class')).toContain('finding--fail');
    await s.marker('opp.hoorrecht').waitFor();
    expect(await s.marker('opp.hoorrecht').textContent()).toBe('Ontbreekt: Mening van de leerling (hoorrecht)');
    await s.page.setViewportSize({ width: 1280, height: 800 });
    await s.page.waitForTimeout(200);
    await readmeShot(s.page, 'sidebar');
    const marker = await s.marker('opp.hoorrecht').boundingBox();
    if (marker) await readmeShot(s.page, 'marker', { x: 0, y: Math.max(0, marker.y - 60), width: 900, height: marker.height + 110 });
    await storeShot(s.page, '1-zijbalk');

    const field = s.page.locator('textarea[name$="hoorrecht"]');
    await field.click();
    await s.page.keyboard.type('Sem wil in een klein groepje werken; dat staat in de aanpak.', { delay: 5 });
    const status = await eventually(async () => (await s.finding('opp.hoorrecht').getAttribute('class')) ?? '', 'finding finding--pass');
    expect(status).toBe('finding finding--pass');
    expect(await s.marker('opp.hoorrecht').count()).toBe(0);
    // Typing went to the field, all of it, and focus stayed there.
    expect(await field.inputValue()).toBe('Sem wil in een klein groepje werken; dat staat in de aanpak.');
    expect(await s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('name'))).toMatch(/hoorrecht$/);
    await s.page.close();
  });

  it('raises no alarm while Ajax replaces a part in steps, and reports it once it is really gone', async () => {
    const s = new SidebarPage(await h.open(`${HOST}/opp/formulier`));
    await s.aside.waitFor();
    expect(await s.finding('opp.hoorrecht').getAttribute('class')).toContain('finding--pass');
    // Record every status the sidebar shows for hoorrecht from here on.
    await s.page.evaluate(() => {
      const root = document.querySelector('opp-wijzer-layer')!.shadowRoot!;
      const seen: string[] = [];
      const record = () => seen.push(root.querySelector('li[data-rule="opp.hoorrecht"]')?.className ?? '');
      new MutationObserver(record).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
      (window as unknown as { seen: string[] }).seen = seen;
    });
    const seen = () => s.page.evaluate(() => (window as unknown as { seen: string[] }).seen.join(' '));
    // A lazy component: rendered empty first, with its content 500 ms later.
    await s.page.evaluate(() => {
      const field = document.getElementById('hoor')!;
      const placeholder = document.createElement('textarea');
      placeholder.id = 'hoor';
      field.replaceWith(placeholder);
      setTimeout(() => placeholder.replaceWith(field), 500);
    });
    await s.page.waitForTimeout(350);
    expect(await s.finding('opp.hoorrecht').getAttribute('class')).toContain('finding--review');
    expect(await eventually(async () => (await s.finding('opp.hoorrecht').getAttribute('class')) ?? '', 'finding finding--pass')).toBe('finding finding--pass');
    await s.page.waitForTimeout(1000);
    expect(await seen()).not.toContain('fail');
    // Replaced by an empty field for good: once the page has been quiet, it is missing.
    await s.page.evaluate(() => {
      const empty = document.createElement('textarea');
      empty.id = 'hoor';
      document.getElementById('hoor')!.replaceWith(empty);
    });
    expect(await eventually(async () => (await s.finding('opp.hoorrecht').getAttribute('class')) ?? '', 'finding finding--fail')).toBe('finding finding--fail');
    await s.page.close();
  });

  it('scrolls to a part and focuses its field when its finding is clicked', async () => {
    const s = new SidebarPage(await h.open(`${HOST}/opp/leeg-hoorrecht`));
    await s.page.setViewportSize({ width: 1280, height: 300 });
    await s.aside.waitFor();
    await s.finding('opp.hoorrecht').getByRole('button', { name: 'Mening van de leerling (hoorrecht)' }).click();
    const field = s.page.locator('textarea[name$="hoorrecht"]');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await field.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 300).toBe(true);
    expect(await s.marker('opp.hoorrecht').getAttribute('class')).toContain('marker--flash');
    await s.page.close();
  });

  it('folds to a tab with the fail count, and stays folded after a reload', async () => {
    const s = new SidebarPage(await h.open(`${HOST}/opp/leeg-hoorrecht`));
    await s.aside.waitFor();
    await s.page.getByRole('button', { name: 'OPP-wijzer inklappen' }).click();
    await s.tab.waitFor();
    expect(await s.tab.getByRole('button').getAttribute('aria-label')).toBe('OPP-wijzer openen (2 ontbreekt)');
    await s.page.reload();
    await s.tab.waitFor();
    expect(await s.aside.count()).toBe(0);
    await s.tab.getByRole('button').click();
    await s.aside.waitFor();
    await s.page.close();
  });

  it('can be used by keyboard alone: the shortcut, then Tab reaches every control', async () => {
    const s = new SidebarPage(await h.open(`${HOST}/opp/leeg-hoorrecht`));
    await s.aside.waitFor();
    await s.page.keyboard.press('Alt+Shift+O');
    await s.tab.waitFor();
    await s.page.keyboard.press('Alt+Shift+O');
    await s.aside.waitFor();
    await expect.poll(() => s.focused()).toMatch(/^h2\.sidebar__title/);
    // Every control a user can reach: all buttons and summaries, but not those inside a closed <details>.
    const controls = await s.page.$$eval('opp-wijzer-layer', (hosts) =>
      Array.from(hosts[0]?.shadowRoot?.querySelectorAll('aside button, aside summary') ?? []).filter(
        (el) => el.tagName === 'SUMMARY' || !el.closest('details:not([open])'),
      ).length,
    );
    const reached = new Set<string>();
    for (let i = 0; i < controls + 2; i++) {
      await s.page.keyboard.press('Tab');
      const f = await s.focused();
      if (f) reached.add(f);
    }
    expect(reached.size).toBe(controls);
    // Enter on a focused finding jumps to its part.
    await s.page.evaluate(() => (document.querySelector('opp-wijzer-layer')?.shadowRoot?.querySelector('li[data-rule="opp.hoorrecht"] .finding__title') as HTMLElement).focus());
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('name') ?? '')).toMatch(/hoorrecht$/);
    await s.page.close();
  });

  it('has no accessibility violations (axe-core)', async () => {
    const s = new SidebarPage(await h.open(`${HOST}/opp/leeg-hoorrecht`));
    await s.aside.waitFor();
    const result = await axeOnLayer(s.page, 'opp-wijzer-layer', 'aside');
    expect(result.violations).toEqual([]);
    expect(result.passes).toBeGreaterThan(5);
    await s.page.close();
  });

  it('never covers the page\'s own save button', async () => {
    const s = new SidebarPage(await h.open(`${HOST}/opp/opslaan-rechts`));
    await s.page.setViewportSize({ width: 1280, height: 800 });
    await s.aside.waitFor();
    await s.page.waitForTimeout(200);
    const save = await s.page.getByRole('button', { name: 'Opslaan' }).boundingBox();
    const aside = await s.aside.boundingBox();
    expect(save && aside).toBeTruthy();
    const overlap = aside!.x < save!.x + save!.width && save!.x < aside!.x + aside!.width && aside!.y < save!.y + save!.height && save!.y < aside!.y + aside!.height;
    expect(overlap).toBe(false);
    await s.page.close();
  });

  it('leaves the host page working: its styles, its form, its console', async () => {
    const s = new SidebarPage(await h.open(`${HOST}/opp/opslaan-rechts`));
    const errors: string[] = [];
    s.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    s.page.on('pageerror', (e) => errors.push(e.message));
    await s.aside.waitFor();
    const style = await s.page.evaluate(() => ({ font: getComputedStyle(document.body).fontFamily, margin: getComputedStyle(document.body).margin }));
    expect(style).toEqual({ font: 'Georgia, serif', margin: '20px' });
    await s.page.fill('#hoor', 'Noor wil zelf kiezen.');
    await s.page.getByRole('button', { name: 'Opslaan' }).click();
    await s.page.waitForURL(`${HOST}/leerling/88/opp/save`);
    expect(posted.at(-1)).toContain('PupilVoice=Noor+wil+zelf+kiezen.');
    expect(errors).toEqual([]);
    await s.page.close();
  });

  it('says a page could not be read, with every part as review', async () => {
    const s = new SidebarPage(await h.open(`${HOST}/opp/onleesbaar`));
    await s.aside.waitFor();
    expect(await s.aside.getByRole('status').textContent()).toContain('Deze pagina kon niet volledig worden gelezen');
    expect(Object.values(await s.statuses()).every((v) => v === 'review')).toBe(true);
    await s.page.close();
  });

  it.each(OPP_CASES.map((c) => [c.name, c] as const))('shows exactly what opp-check finds on %s', async (name, c) => {
    const url = `${HOST}/fixture/${name}`;
    const s = new SidebarPage(await h.open(url));
    await s.aside.waitFor();
    const expected = Object.fromEntries(checkHtml(c.html, { url }).report.findings.map((f) => [f.rule, f.status]));
    expect(await s.statuses()).toEqual(expected);
    await s.page.close();
  });

  it('made no network request of its own', () => {
    expect(h.extensionRequests).toEqual([]);
  });
});
