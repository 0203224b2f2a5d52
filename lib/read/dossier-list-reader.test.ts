// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readDossierList } from './dossier-list-reader';

function read(html: string) {
  document.body.innerHTML = html;
  return readDossierList(document);
}

describe('Topdossier\'s list of dossiers, in the markups a list comes in', () => {
  it('a table with an OPP column: ja/nee, a date or a tick', () => {
    expect(read(`<table><thead><tr><th>Naam</th><th>Geboortedatum</th><th>OPP</th></tr></thead><tbody>
      <tr><td>Sem de Vries</td><td>12-03-2016</td><td>01-10-2025</td></tr>
      <tr><td>Noor Jansen</td><td>21-05-2015</td><td>✓</td></tr>
      <tr><td>Mees Kok</td><td>22-10-2015</td><td>nee</td></tr></tbody></table>`)).toMatchObject([
      { name: 'Sem de Vries', birth: '2016-03-12', hasOpp: true },
      { name: 'Noor Jansen', birth: '2015-05-21', hasOpp: true },
      { name: 'Mees Kok', birth: '2015-10-22', hasOpp: false },
    ]);
  });
  it('an ARIA grid of divs with the support level and name parts', () => {
    expect(read(`<div role="grid">
      <div role="row"><div role="columnheader">Roepnaam</div><div role="columnheader">Achternaam</div><div role="columnheader">Ondersteuningsniveau</div></div>
      <div role="row"><div role="gridcell">Lotte</div><div role="gridcell">Bakker</div><div role="gridcell">Niveau 4 – extra ondersteuning</div></div>
      <div role="row"><div role="gridcell">Ravi</div><div role="gridcell">Jansen</div><div role="gridcell">Lichte ondersteuning (niveau 3)</div></div></div>`)).toMatchObject([
      { name: 'Lotte Bakker', birth: null, hasOpp: true },
      { name: 'Ravi Jansen', birth: null, hasOpp: false },
    ]);
  });
  it('a grid with its header in a table of its own, names last-first with the group in brackets, the level as a number first', () => {
    expect(read(`<div class="k-grid"><div class="k-grid-header"><table><thead><tr><th>Leerling</th><th>Geboortedatum</th><th>Niveau</th></tr></thead></table></div>
      <div class="k-grid-content"><table><tbody><tr><td>Kramer, Zoë (groep 5)</td><td>17-06-2017</td><td>4 (extra ondersteuning)</td></tr>
      <tr><td>Bakker, Daan (groep 8)</td><td>03-05-2016</td><td>3 – lichte ondersteuning</td></tr></tbody></table></div></div>`)).toMatchObject([
      { name: 'Zoë Kramer', birth: '2017-06-17', hasOpp: true },
      { name: 'Daan Bakker', birth: '2016-05-03', hasOpp: false },
    ]);
  });
  it('a level it cannot place is left out, not guessed', () => {
    expect(read(`<table><tr><th>Leerling</th><th>Niveau</th></tr><tr><td>Bakker, Lotte</td><td>in aanvraag</td></tr><tr><td>Kok, Mees</td><td>extra ondersteuning</td></tr></table>`)).toMatchObject([
      { name: 'Mees Kok', birth: null, hasOpp: true },
    ]);
  });
  it('a table of pupils that says nothing about OPPs is no dossier list', () => {
    expect(read(`<table><tr><th>Naam</th><th>Groep</th></tr><tr><td>Lotte Bakker</td><td>5</td></tr></table>`)).toBeNull();
  });
  it('the level of each pupil: basisondersteuning (lichte ondersteuning, niveau 1-3) or extra, and the OPP\'s date when the list shows it', () => {
    expect(read(`<table><tr><th>Naam</th><th>Geboortedatum</th><th>Niveau</th><th>Vastgesteld op</th></tr>
      <tr><td>Sem de Vries</td><td>12-03-2016</td><td>Niveau 4: extra ondersteuning</td><td>1 oktober 2025</td></tr>
      <tr><td>Noor Jansen</td><td>21-05-2015</td><td>Lichte ondersteuning</td><td></td></tr>
      <tr><td>Mees Kok</td><td>22-10-2015</td><td>niveau 2</td><td></td></tr></table>`)).toEqual([
      { name: 'Sem de Vries', birth: '2016-03-12', hasOpp: true, level: 'extra', oppStart: '2025-10-01' },
      { name: 'Noor Jansen', birth: '2015-05-21', hasOpp: false, level: 'basis' },
      { name: 'Mees Kok', birth: '2015-10-22', hasOpp: false, level: 'basis' },
    ]);
  });
});
