/**
 * A Passend onderwijs page whose arrangements the reader cannot follow, in several markups:
 * the page shows dates, so the finding is controleren, never "geen arrangementen".
 */
import { describe, expect, it } from 'vitest';
import { checkHtml } from '../../cli/check-html';

const HEAD = `<div class="leerlingheader"><h1>Lotte Bakker</h1><span>geboren 04-07-2017</span></div><h2>Passend onderwijs</h2>`;
const page = (body: string) => `<!DOCTYPE html><html><head><title>ParnasSys</title></head><body>${HEAD}${body}</body></html>`;
const arrangement = (html: string) => {
  const f = checkHtml(page(html), { url: 'https://wijs.parnassys.net/bao/leerling?1', today: '2026-11-28' }).report.findings.find((x) => x.rule === 'rod.arrangement');
  return [f?.status, f?.message.includes('kan de onderwijsarrangementen niet lezen')];
};

describe('an arrangements list the reader cannot follow', () => {
  it.each([
    ['a table with unknown column names', '<table><tr><th>Aanvang</th><th>Afloop</th></tr><tr><td>01-10-2025</td><td></td></tr></table>'],
    ['cards with unknown labels', '<div class="card"><span class="k">Aanvang</span> <span class="v">01-10-2025</span></div>'],
    ['a sentence that gives a date but no period', '<p>Arrangement SWV: besproken in het overleg van 01-10-2025.</p>'],
  ])('%s: controleren, saying the list cannot be read', (_, html) => {
    expect(arrangement(html)).toEqual(['review', true]);
  });
  it('a sentence that says when an arrangement runs is read as one', () => {
    expect(arrangement('<p>Arrangement SWV loopt vanaf 01-10-2025.</p>')).toEqual(['pass', false]);
  });
  it('an empty list that shows no date but the birth date is read as empty (no OPP known: nothing to say, no "cannot read")', () => {
    expect(arrangement('<p>Er zijn geen onderwijsarrangementen.</p>')).toEqual(['n/a', false]);
  });
});
