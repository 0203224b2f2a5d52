/**
 * A marker where the problem is (issue #27 part 8): onderwijstijdverkorting ticked, "uren per week"
 * empty and the "opbouw" saying "nog invullen": the page marks those two fields, not the tick box
 * that turned the part on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { SidebarPage } from './sidebar-page';

const URL_OTV = 'https://wijs-demo.topdossier.nl/dossier/701/opp';

type Box = { x: number; y: number; width: number; height: number };
const covers = (m: Box, t: Box) => m.x <= t.x + 1 && m.y <= t.y + 1 && m.x + m.width >= t.x + t.width - 1 && m.y + m.height >= t.y + t.height - 1;

describe('markers of a finding built from several fields', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ [URL_OTV]: 'opp/b-otv-incomplete.html' });
  });
  afterAll(async () => {
    expect(h?.extensionRequests ?? []).toEqual([]);
    await h?.close();
  });

  it('marks the empty hours and the "nog invullen" plan, and not the tick box', async () => {
    const s = new SidebarPage(await h.open(URL_OTV));
    await s.marker('opp.onderwijstijd').first().waitFor();
    const markers = await s.marker('opp.onderwijstijd').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number }));
    const box = async (sel: string) => (await s.page.locator(sel).boundingBox())!;
    const [uren, opbouw, vinkje] = [await box('#otv-uren'), await box('#otv-opbouw'), await box('#otv')];
    expect(markers).toHaveLength(2);
    expect(markers.some((m) => covers(m, uren))).toBe(true);
    expect(markers.some((m) => covers(m, opbouw))).toBe(true);
    expect(markers.some((m) => covers(m, vinkje))).toBe(false);
  });
});
