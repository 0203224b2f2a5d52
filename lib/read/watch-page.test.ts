// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { watchPage, type PageChange } from './watch-page';

/** The changes watchPage reports for what `act` does to the page. */
async function changesOf(act: () => void): Promise<PageChange[]> {
  document.body.innerHTML = '<main><p>Hoorrecht</p><textarea id="h">Zij wil meer pauzes.</textarea></main>';
  const seen: PageChange[] = [];
  const stop = new AbortController();
  watchPage(document, (c) => seen.push(c), stop.signal, 10);
  act();
  await new Promise((r) => setTimeout(r, 40));
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
