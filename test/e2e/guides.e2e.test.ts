import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, readmeShot, STORE_SHOT, storeShot, type Harness } from './harness';
import { GuidePage, startGuide } from './guide-page';
import { guideSite, PS, TD } from './guide-site';
import { SidebarPage } from './sidebar-page';

describe('guides and the settings checks', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(guideSite());
  });
  afterAll(() => h?.close());

  it('sets 2FA and the bewaartermijnen from the settings banner in one guide with one save: outlines each control, both findings pass', async () => {
    const page = await h.open(`${TD}/instellingen/school`);
    const layer = new SidebarPage(page);
    const twoFa = page.locator('opp-wijzer-layer li[data-rule="settings.2fa"]');
    await twoFa.waitFor();
    expect(await twoFa.getAttribute('class')).toContain('finding--fail');
    await twoFa.getByRole('button', { name: 'Laat zien hoe' }).click();
    const g = new GuidePage(page);
    await page.setViewportSize(STORE_SHOT);
    await g.waitForStep('Zet 2FA op ‘ja’');
    // Started on the form: Instellingen and Schoolinstellingen are done, not counted.
    expect(await g.progress()).toContain('Stap 1 van 3');
    expect(await g.outlines('#id8')).toBe(true);
    await readmeShot(page, 'uitleg-2fa');
    await storeShot(page, '3-uitleg');
    // The callout leaves free the field of this step and the one of the next (bewaartermijnen),
    // also in a window too narrow for it beside the field.
    expect(await g.covers('#id9')).toBe(false);
    await page.setViewportSize({ width: 640, height: 700 });
    await expect.poll(() => g.outlines('#id8')).toBe(true);
    expect(await g.covers('#id8')).toBe(false);
    expect(await g.covers('#id9')).toBe(false);
    await page.selectOption('#id8', 'ja');
    await g.waitForStep('Zet bewaartermijnen op ‘automatisch’');
    expect(await g.progress()).toContain('Stap 2 van 3');
    expect(await g.outlines('#id9')).toBe(true);
    await page.selectOption('#id9', 'automatisch');
    await g.waitForStep('Kies ‘Opslaan’');
    expect(await g.progress()).toContain('Stap 3 van 3');
    expect(await g.outlines('button[type=submit]')).toBe(true);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('opp-wijzer-guide .callout', { hasText: 'Klaar!' }).waitFor();
    // Both in order now: the banner folds to its one line, and unfolded both pass.
    await expect.poll(() => page.locator('opp-wijzer-layer .banner__line').textContent().catch(() => '')).toContain('privacy-instellingen in orde (2)');
    await page.locator('opp-wijzer-layer').getByRole('button', { name: 'Toon de instellingen' }).click();
    expect(await twoFa.getAttribute('class')).toContain('finding--pass');
    expect(await layer.page.locator('opp-wijzer-layer li[data-rule="settings.bewaartermijn"]').getAttribute('class')).toContain('finding--pass');
    await page.close();
  });

  it('the bewaartermijnen with 2FA already on: the same guide, only what is left counted (Stap 1 van 2)', async () => {
    const page = await h.open(`${TD}/instellingen/school`);
    await page.selectOption('#id8', 'ja');
    const retention = page.locator('opp-wijzer-layer li[data-rule="settings.bewaartermijn"]');
    await retention.getByRole('button', { name: 'Laat zien hoe' }).click();
    const g = new GuidePage(page);
    await g.waitForStep('Zet bewaartermijnen op ‘automatisch’');
    expect(await g.progress()).toContain('Stap 1 van 2');
    await page.selectOption('#id9', 'automatisch');
    await g.waitForStep('Kies ‘Opslaan’');
    expect(await g.progress()).toContain('Stap 2 van 2');
    await g.button('Stoppen').click();
    await page.close();
  });

  it('walks the school settings guide from the start page, across pages (started by its former id)', async () => {
    const page = await h.open(`${TD}/`);
    await startGuide(h, page, 'topdossier-bewaartermijn');
    const g = new GuidePage(page);
    await g.waitForStep('Ga naar ‘Instellingen’');
    expect(await g.progress()).toContain('Stap 1 van 5');
    expect(await g.outlines('header a[href="/instellingen"]')).toBe(true);
    await page.click('header a[href="/instellingen"]');
    await g.waitForStep('Kies ‘Schoolinstellingen’');
    await page.click('a[href="/instellingen/school"]');
    await g.waitForStep('Zet 2FA op ‘ja’');
    expect(await g.progress()).toContain('Stap 3 van 5');
    await page.selectOption('#id8', 'ja');
    await g.waitForStep('Zet bewaartermijnen op ‘automatisch’');
    expect(await g.outlines('#id9')).toBe(true);
    await page.selectOption('#id9', 'automatisch');
    await g.waitForStep('Kies ‘Opslaan’');
    await page.click('button[type=submit]');
    await page.locator('opp-wijzer-guide .callout', { hasText: 'Klaar!' }).waitFor();
    await page.close();
  });

  it('guides a user through activating their own 2FA', async () => {
    const page = await h.open(`${TD}/`);
    await startGuide(h, page, 'topdossier-2fa-eigen');
    const g = new GuidePage(page);
    await g.waitForStep('Klik op je naam linksonder');
    expect(await g.outlines('footer a.user')).toBe(true);
    await page.click('footer a.user');
    await g.waitForStep('Klik bij 2FA op ‘Activeren’');
    await page.click('a[href="/profiel/2fa"]');
    await g.waitForStep('Scan de QR-code');
    expect(await g.outlines('img[alt="QR-code"]')).toBe(true);
    await page.fill('#code', '123456');
    await g.waitForStep('Klik op ‘Activeren’');
    await page.click('button[type=submit]');
    await page.locator('opp-wijzer-guide .callout', { hasText: 'Klaar!' }).waitFor();
    await page.close();
  });

  it('walks the ROD registration across ParnasSys pages, skipping an optional field', async () => {
    const page = await h.open(`${PS}/bao/start`);
    await startGuide(h, page, 'parnassys-rod');
    const g = new GuidePage(page);
    await g.waitForStep('Ga naar de leerling');
    expect(await g.progress()).toContain('Stap 1 van 12');
    expect(await g.outlines('#id2')).toBe(true);
    await page.click('#id2');
    await page.click('text=Bakker, Lotte');
    await g.waitForStep('Open het tabblad ‘Onderwijs’');
    expect(await g.outlines('#id12')).toBe(true);
    await page.click('#id12');
    await g.waitForStep('Kies ‘Passend onderwijs’');
    await page.click('#id30');
    await g.waitForStep('Kies ‘Onderwijsarrangement toevoegen’');
    await page.click('#id33');
    await g.waitForStep('Vul de begindatum in');
    expect(await g.outlines('#id41')).toBe(true);
    await page.fill('#id41', '31-02-2026');
    await page.waitForTimeout(400);
    expect(await g.instruction()).toContain('Vul de begindatum in');
    await page.fill('#id41', '01-10-2025');
    await g.waitForStep('Optioneel: schrijf bij Opmerkingen');
    await page.fill('#id43', 'Arrangement SWV (taal) en Kentalis cluster 2');
    await g.waitForStep('Optioneel: vul de ambulant begeleider');
    await g.button('Overslaan').click();
    await g.waitForStep('Optioneel: kies het samenwerkingsverband');
    await page.selectOption('#id45', '2601');
    await g.waitForStep('Kies ‘Opslaan’. Er gaat dan direct een melding naar ROD.');
    await page.click('#id46');
    await g.waitForStep('Controleer de melding: ga naar ‘Personalia’');
    expect(await page.locator('#id32 td', { hasText: '01-10-2025' }).count()).toBe(1);
    await page.click('#id11');
    await g.waitForStep('Kies ‘ROD’');
    await page.click('#id50');
    await g.waitForStep('Open het bericht ‘Inschrijving PO aanleveren’');
    await page.click('#id51');
    await page.locator('opp-wijzer-guide .callout', { hasText: 'Klaar!' }).waitFor();
    await page.close();
  });

  it('takes the yearly PDF from Topdossier into the ParnasSys file, in one tab', async () => {
    const page = await h.open(`${TD}/opp/overzicht`);
    await startGuide(h, page, 'opp-pdf-jaarlijks');
    const g = new GuidePage(page);
    await g.waitForStep('download het als PDF');
    expect(await g.outlines('#pdf')).toBe(true);
    await page.click('#pdf');
    await g.waitForStep('Ga nu naar ParnasSys');
    expect(await g.outline.count()).toBe(0);
    await page.goto(`${PS}/bao/leerling/kaart?1-1.ILinkListener-tabs-0`);
    await g.waitForStep('Open het dossier');
    await page.click('#id14');
    await g.waitForStep('Kies ‘Bestand toevoegen’');
    await page.click('#id60');
    await g.waitForStep('Kies het PDF-bestand');
    await page.setInputFiles('#id61', { name: 'OPP-2026.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await g.waitForStep('Kies ‘Opslaan’');
    await page.click('button[type=submit]');
    await page.locator('opp-wijzer-guide .callout', { hasText: 'Klaar!' }).waitFor();
    await page.close();
  });

  it('builds the overview of registered OPPs to Excel', async () => {
    const page = await h.open(`${PS}/bao/leerling/zoeken?0-1.ILinkListener-menu-leerling`);
    await startGuide(h, page, 'parnassys-overzicht');
    const g = new GuidePage(page);
    await g.waitForStep('Kies ‘Dynamisch overzicht’');
    await page.click('text=Dynamisch overzicht');
    await g.waitForStep('Kies ‘Kolommen kiezen’');
    await page.click('#id70');
    await g.waitForStep('Voeg de kolom');
    await page.check('input[name=k3]');
    await g.waitForStep('Kies ‘Opslaan’');
    await page.click('button[type=submit]');
    await g.waitForStep('Exporteren naar Excel');
    expect(await g.outlines('#id71')).toBe(true);
    await page.click('#id71');
    await page.locator('opp-wijzer-guide .callout', { hasText: 'Klaar!' }).waitFor();
    await page.close();
  });

  it('never points at nothing: a missing target gives a centred callout with help', async () => {
    const page = await h.open(`${TD}/instellingen`);
    await startGuide(h, page, 'parnassys-overzicht');
    const g = new GuidePage(page);
    await g.waitForStep('Klik in het menu op ‘Leerling’');
    expect(await g.outline.count()).toBe(0);
    expect(await g.callout.getAttribute('class')).toContain('callout--centred');
    expect(await g.callout.textContent()).toContain('Dit staat niet op deze pagina.');
    await g.button('Stoppen').click();
    expect(await g.callout.count()).toBe(0);

    await startGuide(h, page, 'topdossier-schoolinstellingen');
    await g.waitForStep('Kies ‘Schoolinstellingen’');
    await page.evaluate(() => document.querySelector('a[href="/instellingen/school"]')!.remove());
    await expect.poll(() => g.callout.getAttribute('class')).toContain('callout--centred');
    await g.button('Ik kan het niet vinden').click();
    expect(await g.callout.textContent()).toContain('vraag het de accountbeheerder');
    await page.close();
  });

  it('keeps its place across a reload, and Escape stops it', async () => {
    const page = await h.open(`${TD}/instellingen`);
    await startGuide(h, page, 'topdossier-2fa-school');
    const g = new GuidePage(page);
    await g.waitForStep('Kies ‘Schoolinstellingen’');
    // Instellingen was done when it started: the count stays the same after the reload.
    expect(await g.progress()).toContain('Stap 1 van 4');
    await page.reload();
    await g.waitForStep('Kies ‘Schoolinstellingen’');
    expect(await g.progress()).toContain('Stap 1 van 4');
    await page.keyboard.press('Escape');
    await expect.poll(() => g.callout.count()).toBe(0);
    await page.reload();
    await page.waitForTimeout(600);
    expect(await g.callout.count()).toBe(0);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(h.extensionRequests).toEqual([]);
  });
});
