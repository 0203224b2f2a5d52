import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, eventually, launch, type Harness } from './harness';

const HOST = 'https://wijs-demo.topdossier.nl';

describe('toolbar badge on routed Topdossier pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({
      [`${HOST}/opp/complete`]: 'opp/a-wicket-table.html',
      [`${HOST}/opp/two-fails`]: 'opp/a-empty-hoorrecht.html',
      [`${HOST}/dossiers`]: 'opp/e-dossier-list.html',
      ['https://example.org/opp']: 'opp/a-empty-hoorrecht.html',
    });
  });
  afterAll(() => h?.close());

  it('counts the fails of an OPP page on the badge', async () => {
    const page = await h.open(`${HOST}/opp/two-fails`);
    expect(await eventually(() => badgeText(h, page), '2')).toBe('2');
    await page.close();
  });

  it('shows no badge on a complete OPP, and one as soon as a part is emptied', async () => {
    const page = await h.open(`${HOST}/opp/complete`);
    await page.waitForTimeout(500);
    expect(await badgeText(h, page)).toBe('');
    await page.fill('textarea[name$="handelingsdeel"]', '');
    expect(await eventually(() => badgeText(h, page), '1')).toBe('1');
    await page.close();
  });

  it('updates the badge live when the user fills an empty part', async () => {
    const page = await h.open(`${HOST}/opp/two-fails`);
    expect(await eventually(() => badgeText(h, page), '2')).toBe('2');
    await page.fill('textarea[name$="hoorrecht"]', 'Sem wil in een klein groepje werken; dat staat nu in de aanpak.');
    expect(await eventually(() => badgeText(h, page), '1')).toBe('1');
    await page.close();
  });

  it('does not run on sites outside its two host apps', async () => {
    // The same failing OPP at another address: were the script there, the badge would say 2.
    const page = await h.open('https://example.org/opp');
    await page.waitForTimeout(800);
    expect(await badgeText(h, page)).toBe('');
    await page.close();
  });

  it('sends no request of its own', () => {
    expect(h.extensionRequests).toEqual([]);
  });
});
