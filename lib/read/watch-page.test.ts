// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { watchPage, type PageChange } from './watch-page';

/** The changes watchPage reports for what `act` does to the page. */
async function changesOf(act: () => void, waitMs = 40): Promise<PageChange[]> {
  document.body.innerHTML = '<main><p>Hoorrecht</p><textarea id="h">Zij wil meer pauzes.</textarea></main>';
  const seen: PageChange[] = [];
  const stop = new AbortController();
  watchPage(document, (c) => seen.push(c), stop.signal, 10);
  act();
  await new Promise((r) => setTimeout(r, waitMs));
  stop.abort();
  return seen;
}

describe('what counts as a change of the page', () => {
  it('OPP-wijzer adding its own layer to <body> is no change (it would hold a part just emptied as "being updated")', async () => {
    const seen = await changesOf(() => {
      const host = document.createElement('opp-wijzer-layer');
      host.setAttribute('data-opp-wijzer', '');
      document.body.append(host);
    });
    expect(seen.every((c) => !c.structural)).toBe(true);
  });
  it('the page adding an element is a change of its structure', async () => {
    const seen = await changesOf(() => document.querySelector('main')!.append(document.createElement('section')));
    expect(seen.some((c) => c.structural)).toBe(true);
  });
  it('typing is an input, not a structural change', async () => {
    const seen = await changesOf(() => {
      const t = document.querySelector('textarea')!;
      t.value = '';
      t.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.structural).toBe(false);
    expect([...seen[0]!.inputs].map((e) => e.id)).toEqual(['h']);
  });
});

describe('another view without a page load', () => {
  it('a router swapping the view and pushing its address: one change, read afresh (navigated)', async () => {
    const seen = await changesOf(() => {
      history.pushState(null, '', '/dossier/7/opp');
      document.querySelector('main')!.replaceChildren(document.createElement('section'));
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ structural: true, navigated: true });
  });
  it('the same view changing (Ajax on one address) is no navigation', async () => {
    const seen = await changesOf(() => document.querySelector('main')!.append(document.createElement('section')));
    expect(seen.map((c) => c.navigated)).toEqual([false]);
  });
  it('only the address changing (no node moved, no Navigation API): heard by comparing the address', async () => {
    const seen = await changesOf(() => history.replaceState(null, '', '/dossier/8/opp'), 400);
    expect(seen.map((c) => c.navigated)).toEqual([true]);
  });
  it('a hash change is a navigation', async () => {
    const seen = await changesOf(() => {
      location.hash = '#onderdeel-2';
    }, 100);
    expect(seen.map((c) => c.navigated)).toEqual([true]);
  });
});
