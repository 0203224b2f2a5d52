// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageFrame } from './page-frame';

describe('pageFrame.pinned: what the page pins to the window, for the docked sidebar to move', () => {
  afterEach(() => vi.restoreAllMocks());

  it('finds fixed bars in document order, also deep inside, and passes over hidden subtrees and our own layers', () => {
    // jsdom lays nothing out: every element is given a box, so only position and display decide.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 700, 1000, 40));
    document.body.innerHTML = `
      <header style="position: fixed">Kop</header>
      <main><div><div><footer id="opslaan" style="position: fixed; translate: 10px 0">Opslaan</footer></div></div></main>
      <aside style="position: fixed">na het diepste laatste kind</aside>
      <section style="display: none"><div id="verborgen" style="position: fixed">in een dichte tab</div></section>
      <nav style="position: fixed">na een verborgen deel</nav>
      <div data-opp-wijzer><div id="eigen" style="position: fixed">OPP-wijzer</div></div>
      <p style="position: fixed">na onze laag</p>`;
    // Outside the body: not the page's content (the walk stays in <body>).
    const after = document.createElement('div');
    after.style.position = 'fixed';
    document.documentElement.append(after);
    const found = pageFrame(document).pinned();
    after.remove();
    expect(found.map((p) => p.el.tagName)).toEqual(['HEADER', 'FOOTER', 'ASIDE', 'NAV', 'P']);
    expect(found[1]!.translate).toEqual(['10px', '0']);
  });

  it('an element with no box (nothing drawn) is not pinned', () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 0, 0));
    document.body.innerHTML = '<div style="position: fixed"></div>';
    expect(pageFrame(document).pinned()).toEqual([]);
  });
});
