// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cssPath } from './dom-text';

describe('cssPath: the locator a finding keeps to find its element again', () => {
  it('finds every element of a page again, wherever it sits among its siblings', () => {
    document.body.innerHTML = `
      <main><p>a</p><div><span>b</span><span>c</span><em>d</em><span>e</span></div>
      <table><tbody><tr><td>1</td><td><input></td></tr><tr><td>2</td><td><textarea></textarea></td></tr></tbody></table>
      <ul><li>x</li></ul><p>f</p></main>`;
    for (const el of Array.from(document.body.querySelectorAll('*'))) expect(document.querySelector(cssPath(el))).toBe(el);
  });

  it('counts only siblings of the same tag, and names the position only when there are several', () => {
    document.body.innerHTML = '<div><span>b</span><em>c</em><span>d</span><i>e</i></div>';
    const [first, second] = Array.from(document.querySelectorAll('span'));
    expect(cssPath(first!)).toBe('div > span:nth-of-type(1)');
    expect(cssPath(second!)).toBe('div > span:nth-of-type(2)');
    expect(cssPath(document.querySelector('em')!)).toBe('div > em');
    expect(cssPath(document.querySelector('i')!)).toBe('div > i');
  });

  it('stops at an id a selector can name, and passes over one it cannot', () => {
    document.body.innerHTML = '<div id="content"><form id="1x"><input></form></div>';
    expect(cssPath(document.querySelector('input')!)).toBe('div#content > form > input');
  });
});
