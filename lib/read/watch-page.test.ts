// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { RECHECK_MAX_WAIT_MS, watchPage, type PageChange } from './watch-page';

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

describe('a busy page', () => {
  it('a clock the page marks as one (role=timer) causes no check at all', async () => {
    const seen = await changesOf(() => {
      const clock = document.createElement('span');
      clock.setAttribute('role', 'timer');
      clock.textContent = '14:32:07';
      document.querySelector('main')!.append(clock);
      // Only the clock's own ticking from here on.
      setTimeout(() => (clock.firstChild!.nodeValue = '14:32:08'), 15);
    });
    // The clock's arrival is one change of the page; its ticking is none.
    expect(seen.filter((c) => c.structural)).toHaveLength(1);
  });

  it('OPP-wijzer\'s own layer changing inside its shadow root causes no check (no loop with its own drawing)', async () => {
    const seen = await changesOf(() => {
      const host = document.createElement('opp-wijzer-layer');
      host.setAttribute('data-opp-wijzer', '');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      // A change of the page first, so the watcher looks for shadow roots; then only our own drawing.
      document.querySelector('main')!.append(document.createElement('section'));
      root.innerHTML = '<aside><p>Ontbreekt: 0</p></aside>';
      setTimeout(() => (root.querySelector('p')!.textContent = 'Ontbreekt: 1'), 15);
      setTimeout(() => (root.querySelector('p')!.textContent = 'Ontbreekt: 2'), 25);
    });
    expect(seen).toHaveLength(1);
  });

  it('typing is checked within the longest wait even while the page changes more often than the delay', async () => {
    // Fake time: what is tested is the order of events, not how fast this machine is.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    try {
      document.body.innerHTML = '<main><p id="ticker">nul</p><textarea id="h">Zij wil meer pauzes.</textarea></main>';
      const seen: { at: number; change: PageChange }[] = [];
      const stop = new AbortController();
      const start = Date.now();
      watchPage(document, (change) => seen.push({ at: Date.now() - start, change }), stop.signal, 150);
      const t = document.querySelector('textarea')!;
      t.value = '';
      t.dispatchEvent(new Event('input', { bubbles: true }));
      // A ticker without ARIA, its words every 50 ms: each tick alone would push a 150 ms delay back.
      const words = ['een', 'twee', 'drie'];
      let n = 0;
      const tick = setInterval(() => (document.getElementById('ticker')!.textContent = words[++n % 3]!), 50);
      for (let ms = 0; ms < 1000; ms += 10) await vi.advanceTimersByTimeAsync(10);
      clearInterval(tick);
      stop.abort();
      const typed = seen.find((s) => s.change.inputs.size > 0);
      expect(typed, 'the typing was never checked').toBeDefined();
      // Within the longest wait, give or take one 10 ms step of the fake clock.
      expect(typed!.at).toBeLessThanOrEqual(RECHECK_MAX_WAIT_MS + 10);
    } finally {
      vi.useRealTimers();
    }
  });

});

describe('a number changing in place', () => {
  it('a clock without ARIA ticking in its text node causes no check; words changing in place do', async () => {
    const clockOnly = await changesOf(() => {
      const p = document.querySelector('p')!;
      p.insertAdjacentHTML('afterend', '<span id="klok">14:32:07</span>');
      // Let the span's arrival pass, then only the number changes.
      setTimeout(() => (document.getElementById('klok')!.firstChild!.nodeValue = '14:32:08'), 15);
    });
    expect(clockOnly.filter((c) => c.structural)).toHaveLength(1);
    const words = await changesOf(() => {
      setTimeout(() => (document.querySelector('p')!.firstChild!.nodeValue = 'Mening van de leerling'), 15);
    });
    expect(words.filter((c) => c.structural)).toHaveLength(1);
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
