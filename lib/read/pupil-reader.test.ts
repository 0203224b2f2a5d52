import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { IDENTITY_SHAPES, identity } from '../../test/variants/shapes';
import { canonicalName } from '../privacy/pupil-key';
import { readPupil } from './pupil-reader';

const read = (body: string) => {
  const p = readPupil(new JSDOM(`<!DOCTYPE html><html><body>${body}</body></html>`).window.document);
  return p && { name: canonicalName(p.name), birth: p.birth };
};
const RAVI = { name: canonicalName('Ravi Jansen'), birth: '2016-04-03' };

describe('who the pupil is', () => {
  it.each(IDENTITY_SHAPES)('reads the pupil from a header of shape %s', (shape) => {
    expect(read(`${identity(shape, { name: 'Ravi Jansen', birth: '03-04-2016', group: '5' })}<h2>Passend onderwijs</h2>`)).toEqual(RAVI);
  });

  it.each(IDENTITY_SHAPES)('reads a pupil with a particle, a double name and a diacritic from a header of shape %s, with the same key', (shape) => {
    for (const name of ['Noor van Dijk', 'Zoë Jansen-de Vries', 'Fleur van den Heuvel']) {
      expect(read(`${identity(shape, { name, birth: '14-03-2017', group: '5' })}<h2>Passend onderwijs</h2>`), `${shape} ${name}`).toEqual({ name: canonicalName(name), birth: '2017-03-14' });
    }
  });

  // Deep in the app's chrome (not among the body's first blocks): found only as a header band.
  it.each([
    ['a <header>', '<header><span>Ravi Jansen</span><span>03-04-2016</span><span>Groep 5</span></header>'],
    ['a role=banner block', '<div role="banner"><span>Ravi Jansen</span><span>03-04-2016</span></div>'],
    ['a <header role=banner>', '<header role="banner"><b>Ravi Jansen</b> <i>03-04-2016</i></header>'],
  ])('reads the pupil from a header band that is %s, deep in the page', (_, band) => {
    const chrome = '<nav>Menu</nav><div>Zoeken</div><div>Meldingen</div>';
    expect(read(`${chrome}<div id="app"><div class="shell"><main>${band}<h2>Passend onderwijs</h2></main></div></div>`)).toEqual(RAVI);
  });

  it('reads no pupil from an unlabelled name and date deep in the page outside a header band', () => {
    const chrome = '<nav>Menu</nav><div>Zoeken</div><div>Meldingen</div>';
    expect(read(`${chrome}<div id="app"><div class="shell"><main><div><span>Ravi Jansen</span><span>03-04-2016</span></div></main></div></div>`)).toBeNull();
  });

  it('names no one on a list of pupils', () => {
    const list = readFileSync(join(import.meta.dirname, '../../test/fixtures/opp/e-dossier-list.html'), 'utf8');
    expect(readPupil(new JSDOM(list).window.document)).toBeNull();
    expect(read('<table><tr><th>Naam</th><th>Geboortedatum</th></tr><tr><td>Ravi Jansen</td><td>03-04-2016</td></tr><tr><td>Mees Kok</td><td>22-10-2015</td></tr></table>')).toBeNull();
  });

  it('never takes an OPP, enrolment or evaluation date for a birth date', () => {
    expect(read('<h2>Ravi Jansen</h2><p><b>Ingangsdatum:</b> 15-09-2025</p>')).toBeNull();
    expect(read('<div class="kv"><span>Leerling</span><span>Ravi Jansen</span></div><p>Inschrijvingsdatum: 01-08-2024</p>')).toBeNull();
    expect(read('<header><span>Ravi Jansen</span><span>Evaluatie 03-04-2026</span></header>')).toBeNull();
  });

  it('gives no identity when two readings disagree, or two birth dates are shown', () => {
    expect(read('<p><b>Leerling:</b> Ravi Jansen (03-04-2016)</p><dl><dt>Naam</dt><dd>Mees Kok</dd><dt>Geboortedatum</dt><dd>22-10-2015</dd></dl>')).toBeNull();
    expect(read('<dl><dt>Naam</dt><dd>Ravi Jansen</dd><dt>Geboortedatum</dt><dd>03-04-2016</dd><dt>Geboortedatum</dt><dd>04-04-2016</dd></dl>')).toBeNull();
    expect(read('<header><span>Ravi Jansen</span><span>03-04-2016</span><span>04-04-2016</span></header>')).toBeNull();
  });

  it('is not confused by a parent\'s name in the same page', () => {
    expect(
      read('<dl><dt>Naam</dt><dd>Ravi Jansen</dd><dt>Geboortedatum</dt><dd>03-04-2016</dd></dl><h3>Ouders en verzorgers</h3><dl><dt>Naam</dt><dd>Fatima Jansen</dd></dl>'),
    ).toEqual(RAVI);
  });

  it('reads a name only where it looks like one', () => {
    expect(read('<dl><dt>Naam</dt><dd>groep 5 b</dd><dt>Geboortedatum</dt><dd>03-04-2016</dd></dl>')).toBeNull();
    expect(read('<nav aria-label="Kruimelpad"><ol><li>Leerlingen</li><li>Passend onderwijs</li></ol></nav><p>Geboortedatum 03-04-2016</p>')).toBeNull();
  });

  it.each([
    ['a breadcrumb ending in the name with the date in brackets', '<nav aria-label="Kruimelpad"><ol><li><a>Leerlingen</a></li><li><a>Groep 5</a></li><li aria-current="page">Dijk, Noor van (14-3-2017)</li></ol></nav><h2>Passend onderwijs</h2>'],
    ['a side card titled with the name, with Geboortedatum rows', '<aside class="card"><div class="card-title">Noor van Dijk</div><div class="row"><span class="k">Geboortedatum</span><span class="v">14-03-2017</span></div><div class="row"><span class="k">Groep</span><span class="v">5</span></div></aside>'],
    ['a bar "Naam | geb. … | groep …"', '<div class="topbar"><span>Noor van Dijk</span> | <span>geb. 14-3-2017</span> | <span>groep 5</span></div>'],
    ['an abbreviation with a title', '<div class="pupil"><h3>Noor van Dijk</h3><p><abbr title="Geboortedatum">Geb.dat.</abbr> 14 maart 2017</p></div>'],
    ['a heading that names the page and the pupil, the birth date on the next line', '<h1>Ontwikkelingsperspectief – Noor van Dijk</h1><p>Geboortedatum: 14 maart 2017</p><h2>Belemmerende factoren</h2><p>…</p>'],
    ['a line with a start date beside the birth date', '<p class="meta">Leerling: Noor van Dijk · geboortedatum 2017-03-14 · startdatum OPP 01-10-2025</p>'],
    ['capitals, last name first', '<dl><dt>Naam</dt><dd>DIJK, Noor van</dd><dt>Geb.</dt><dd>14-03-2017</dd></dl>'],
  ])('reads the pupil from %s', (_, html) => {
    expect(read(html)).toEqual({ name: canonicalName('Noor van Dijk'), birth: '2017-03-14' });
  });

  it('leaves out a section about the family: a sibling with a name and birth date is not the pupil', () => {
    expect(
      read('<dl><dt>Naam</dt><dd>Noor van Dijk</dd><dt>Geboortedatum</dt><dd>14-03-2017</dd></dl><section><h3>Broers en zussen</h3><dl><dt>Naam</dt><dd>Sem van Dijk</dd><dt>Geboortedatum</dt><dd>02-02-2019</dd></dl></section>'),
    ).toEqual({ name: canonicalName('Noor van Dijk'), birth: '2017-03-14' });
  });

  it('takes no birth date from a line whose date is labelled as something else', () => {
    expect(read('<p class="meta">Leerling: Noor van Dijk · startdatum OPP 01-10-2025</p>')).toBeNull();
    expect(read('<nav aria-label="Kruimelpad"><ol><li>Leerlingen</li><li aria-current="page">Dijk, Noor van (ingeschreven 01-08-2023)</li></ol></nav>')).toBeNull();
  });
});
