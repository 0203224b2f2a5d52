import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { badgeText, eventually, launch, readmeShot, ROOT, storeShot, type Harness } from './harness';
import { GuidePage } from './guide-page';
import { guideSite, PS, TD } from './guide-site';

const PASSEND = `${PS}/bao/leerling/passend?1-1.ILinkListener-subtabs-1`;
const NAMESAKE = `${PS}/bao/leerling/passend?11-1.ILinkListener-naamgenoot`;
/** What must never be in the extension's storage: the pupil's name and birth date, in any form. */
const PERSONAL = ['Lotte', 'Bakker', '04-07-2017', '2017-07-04', '05-07-2017', '2017-07-05'];

const passendPage = () => readFileSync(join(ROOT, 'test/fixtures/site/ps/passend-leeg.html'), 'utf8');

/** The Passend onderwijs page a refused save comes back with: ParnasSys' message, no arrangement. */
function refusedSave(): string {
  return passendPage().replace('<h2 id="id31">', '<ul class="feedbackPanel"><li class="feedbackPanelERROR">De begindatum ligt voor de inschrijfdatum.</li></ul><h2 id="id31">');
}

/** The list part of Passend onderwijs with an arrangement from `begin`, as an Ajax save puts it in the page. */
function savedList(begin: string): string {
  const page = passendPage().replace('<tr><td colspan="5">Geen onderwijsarrangementen</td></tr>', `<tr><td>${begin}</td><td></td><td></td><td></td><td></td></tr>`);
  return /<div id="id20"[\s\S]*?<\/div>/.exec(page)![0];
}

/** From the red badge: "Registreer nu", the form, a begindatum; the next click is "Opslaan". */
async function registerUpToSave(page: Page): Promise<GuidePage> {
  const badge = page.locator('opp-wijzer-pupil aside.pupil-badge--fail');
  await badge.getByRole('button', { name: 'Registreer nu' }).click();
  const g = new GuidePage(page);
  await g.waitForStep('Kies ‘Onderwijsarrangement toevoegen’');
  await page.click('#id33');
  await g.waitForStep('Vul de begindatum in');
  await page.fill('#id41', '15-09-2025');
  await g.waitForStep('Optioneel');
  return g;
}

async function storageDump(h: Harness): Promise<string> {
  return h.worker.evaluate(async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]));
}

describe('ParnasSys: the unregistered onderwijsarrangement, across both apps', () => {
  let h: Harness;
  const dumps: string[] = [];
  beforeAll(async () => {
    h = await launch(guideSite({ [`${TD}/opp/lotte`]: 'opp/c-print-view.html', [NAMESAKE]: 'site/ps/passend-leeg-naamgenoot.html' }));
  });
  afterAll(() => h?.close());

  it('asks beside the name, but puts nothing on the toolbar, for a pupil without a known OPP', async () => {
    const page = await h.open(PASSEND);
    const badge = page.locator('opp-wijzer-pupil aside.pupil-badge');
    await expect.poll(() => badge.textContent()).toContain('Heeft de leerling een OPP, registreer het dan');
    expect(await badge.getAttribute('class')).toContain('pupil-badge--vraag');
    expect(await badgeText(h, page)).toBe('');
    dumps.push(await storageDump(h));
    await page.close();
  });

  it('flags the pupil red once their OPP was opened in Topdossier, and the guide clears it', async () => {
    const opp = await h.open(`${TD}/opp/lotte`);
    await opp.locator('opp-wijzer-layer aside.sidebar').waitFor();
    await expect.poll(() => storageDump(h)).toMatch(/"oppStart":"2025-09-15"/);
    dumps.push(await storageDump(h));
    await opp.close();

    const page = await h.open(PASSEND);
    expect(await eventually(() => badgeText(h, page), '!')).toBe('!');
    const badge = page.locator('opp-wijzer-pupil aside.pupil-badge');
    expect(await badge.textContent()).toContain('Deze leerling heeft een OPP (het OPP is geopend in Topdossier)');
    await page.setViewportSize({ width: 1100, height: 420 });
    await readmeShot(page, 'parnassys-badge');
    await storeShot(page, '2-parnassys');
    expect(await h.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getTitle({ tabId: tab!.id! });
    })).toBe('OPP-wijzer: 1 ontbreekt');

    await badge.getByRole('button', { name: 'Registreer nu' }).click();
    const g = new GuidePage(page);
    await g.waitForStep('Kies ‘Onderwijsarrangement toevoegen’');
    // The badge makes way for the guide's callout while it runs.
    await expect.poll(() => badge.count()).toBe(0);
    // On Passend onderwijs already: the three steps that lead there are not counted.
    expect(await g.progress()).toContain('Stap 1 van 9');
    await page.click('#id33');
    await g.waitForStep('Vul de begindatum in');
    // The OPP's start date from Topdossier is shown as the suggestion, never typed in.
    // (The step may be drawn a moment before the pupil's link is read: the hint follows.)
    await expect.poll(() => g.callout.textContent()).toContain('Vaststellingsdatum van het OPP volgens Topdossier: 15-09-2025');
    // The hint joins the callout a moment after the step: let it settle before the picture.
    await page.waitForTimeout(300);
    await readmeShot(page, 'registreren');
    expect(await page.inputValue('#id41')).toBe('');
    await page.fill('#id41', '15-09-2025');
    await page.click('#id46');
    await g.waitForStep('Controleer de melding: ga naar ‘Personalia’');
    // The page after the save, read again, shows the arrangement running: the guide says so.
    await expect.poll(() => g.callout.textContent()).toContain('Het onderwijsarrangement staat geregistreerd.');
    // The red warning is gone; what remains is the reminder that the einddatum is still to come.
    expect(await eventually(() => badgeText(h, page), '?')).toBe('?');
    dumps.push(await storageDump(h));
    await page.keyboard.press('Escape');
    // The guide stopped: the badge may show again, and has nothing left to say.
    await expect.poll(() => g.callout.count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.locator('opp-wijzer-pupil aside.pupil-badge').count()).toBe(0);
    await page.close();
  });

  it('after Opslaan says what is still missing when the page after the save shows no arrangement', async () => {
    const page = await h.open(PASSEND);
    // The save is refused (a date ParnasSys does not take): the list comes back without it.
    await page.route(
      (url) => url.href.includes('IFormSubmitListener-form'),
      (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: refusedSave() }),
    );
    const g = await registerUpToSave(page);
    await page.click('#id46');
    await g.waitForStep('Controleer de melding: ga naar ‘Personalia’');
    await expect.poll(() => g.callout.textContent()).toContain('Nog niet in orde na het opslaan: Deze leerling heeft een OPP');
    expect(await g.callout.textContent()).not.toContain('staat geregistreerd');
    // Stopped: the badge beside the name is back, still red.
    await page.keyboard.press('Escape');
    await page.locator('opp-wijzer-pupil aside.pupil-badge--fail').waitFor();
    await page.close();
  });

  it('confirms a save made in the page (Ajax, as Wicket does) once the list shows it, never "nog niet" while the answer is on its way', async () => {
    const page = await h.open(PASSEND);
    const g = await registerUpToSave(page);
    // What ParnasSys does on Opslaan without a page load: a busy sign at once, the list a moment later.
    await page.evaluate((list) => {
      document.querySelector('form')!.addEventListener('submit', (e) => {
        e.preventDefault();
        const busy = document.createElement('p');
        busy.textContent = 'Bezig met opslaan…';
        document.getElementById('id20')!.prepend(busy);
        setTimeout(() => (document.getElementById('id20')!.outerHTML = list), 700);
      });
    }, savedList('15-09-2025'));
    await page.click('#id46');
    const seen: string[] = [];
    await expect
      .poll(async () => {
        seen.push((await g.callout.textContent()) ?? '');
        return seen.at(-1);
      }, { interval: 50, timeout: 6000 })
      .toContain('Het onderwijsarrangement staat geregistreerd.');
    expect(seen.filter((text) => text.includes('Nog niet') || text.includes('Controleer na het opslaan'))).toEqual([]);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('does not flag a namesake with another birth date', async () => {
    const page = await h.open(NAMESAKE);
    await page.locator('opp-wijzer-pupil aside.pupil-badge--vraag').waitFor();
    await page.waitForTimeout(300);
    expect(await badgeText(h, page)).toBe('');
    await page.close();
  });

  it('remembers "Deze leerling heeft een OPP" for that pupil only', async () => {
    const page = await h.open(NAMESAKE);
    const badge = page.locator('opp-wijzer-pupil aside.pupil-badge');
    await badge.getByRole('button', { name: 'Deze leerling heeft een OPP' }).click();
    expect(await eventually(() => badgeText(h, page), '!')).toBe('!');
    dumps.push(await storageDump(h));
    await page.close();
  });

  it('forgets every link after "Alle gegevens wissen"', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    expect(await options.getByTestId('link-count').textContent()).toBe('Koppelingen bewaard: 2');
    options.on('dialog', (d) => void d.accept());
    await options.getByRole('button', { name: 'Alle gegevens wissen' }).click();
    await options.getByRole('status').waitFor();
    await expect.poll(() => options.getByTestId('link-count').textContent()).toBe('Koppelingen bewaard: 0');
    // Only the mirrors of the board's policy (none here) and of the extension's own texts and
    // guides are left: no link, no salt, no option, no guide step.
    const [local, session] = JSON.parse(await storageDump(h)) as [Record<string, unknown>, Record<string, unknown>];
    expect(Object.keys(local).sort()).toEqual(['boardPolicy', 'contentData:en', 'contentData:nl']);
    expect(local.boardPolicy).toBeNull();
    expect(session).toEqual({});
    const page = await h.open(NAMESAKE);
    await page.locator('opp-wijzer-pupil aside.pupil-badge--vraag').waitFor();
    expect(await badgeText(h, page)).toBe('');
    await page.close();
    await options.close();
  });

  it('reads the page again when Ajax replaces a part of it, as Wicket does', async () => {
    const page = await h.open(PASSEND);
    // Nothing known after the wipe: the question beside the name, until a running arrangement appears.
    await page.locator('opp-wijzer-pupil aside.pupil-badge--vraag').waitFor();
    await page.evaluate(() => {
      const old = document.getElementById('id32')!;
      const fresh = old.cloneNode(true) as HTMLElement;
      fresh.id = 'id32a';
      fresh.querySelector('tbody')!.innerHTML = '<tr><td>01-08-2026</td><td>31-07-2027</td><td>SWV</td><td></td><td></td></tr>';
      old.replaceWith(fresh);
    });
    await expect.poll(() => page.locator('opp-wijzer-pupil aside.pupil-badge').count()).toBe(0);
    expect(await badgeText(h, page)).toBe('');
    await page.close();
  });

  it('never stored a name or a birth date, at any point', () => {
    expect(dumps.length).toBeGreaterThanOrEqual(4);
    for (const dump of dumps) for (const secret of PERSONAL) expect(dump).not.toContain(secret);
    expect(dumps.join('')).toMatch(/[0-9a-f]{64}/);
  });

  it('made no network request of its own', () => {
    expect(h.extensionRequests).toEqual([]);
  });
});
