/**
 * How an extension page looks to the user (#25 item 9): which buttons are filled (the next step:
 * one per screen), which buttons touch (less than 4 px apart), and which links or sources are
 * smaller than 13 px. Only what is visible counts.
 */
import type { Page } from 'playwright-core';

export interface Look {
  /** The texts of the visible filled buttons (a background that is not white or transparent). */
  filled: string[];
  /** Pairs of visible buttons less than 4 px apart, as "a | b". */
  touching: string[];
  /** Visible links, link-buttons and sources under 13 px, as "text (px)". */
  small: string[];
}

export async function lookOf(page: Page): Promise<Look> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('details:not([open]) > :not(summary)');
    };
    const name = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const buttons = [...document.querySelectorAll('button, a.button')].filter(visible);
    const isFilled = (el: Element) => {
      const bg = getComputedStyle(el).backgroundColor;
      return !/^rgba\(.*, 0\)$|^transparent$|^rgb\(255, 255, 255\)$/.test(bg) && !el.classList.contains('link');
    };
    // A file input's own button, when it is filled (::file-selector-button).
    const files = [...document.querySelectorAll('input[type=file]')].filter(visible).filter((el) => {
      const bg = getComputedStyle(el, '::file-selector-button').backgroundColor;
      return /^rgb\((\d+), (\d+), (\d+)\)$/.test(bg) && bg !== 'rgb(255, 255, 255)' && bg !== 'rgb(239, 239, 239)' && bg !== 'rgb(233, 233, 237)';
    });
    const filled = [...buttons.filter(isFilled).map(name), ...files.map((f) => `file: ${f.id}`)];
    const touching: string[] = [];
    const boxes = buttons.filter((b) => !b.classList.contains('link')).map((b) => ({ b, r: b.getBoundingClientRect() }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, c] = [boxes[i]!.r, boxes[j]!.r];
        const dx = Math.max(a.left - c.right, c.left - a.right);
        const dy = Math.max(a.top - c.bottom, c.top - a.bottom);
        // Apart when there are 4 px or more on one axis between them.
        if (dx < 3.5 && dy < 3.5) touching.push(`${name(boxes[i]!.b)} | ${name(boxes[j]!.b)}`);
      }
    }
    const small = [...document.querySelectorAll('a, button.link, .source, .fold--source > summary')]
      .filter(visible)
      .map((el) => ({ el, px: parseFloat(getComputedStyle(el).fontSize) }))
      .filter((x) => x.px < 13)
      .map((x) => `${name(x.el)} (${x.px})`);
    return { filled, touching, small };
  });
}
