import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { readDocuments } from './documents-reader';
import { buildOutline } from './outline';
import { pageLevelNames } from './page-names';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/parnassys');

function read(html: string) {
  const doc = new JSDOM(html).window.document;
  const found = readDocuments(doc, buildOutline(doc.body), pageLevelNames(doc), '2016-03-12');
  return found?.documents.map(({ where: _, ...d }) => d) ?? null;
}
const fixture = (name: string) => read(readFileSync(join(FIXTURES, `${name}.html`), 'utf8'));
const none = { months: [], schoolYears: [], ago: [], unreadable: false };

describe('the pupil\'s dossier, in the markups it comes in', () => {
  it('a table grouped by rows: the group names the OPP, the document\'s own name does not; an evaluation of the OPP is not the OPP', () => {
    expect(fixture('ps-dossier-tabel')).toEqual([
      { ...none, opp: false, dates: ['2024-10-12'] },
      // "2 feb 2026" is a date; the document is a report about the OPP.
      { ...none, opp: false, dates: ['2026-02-02'] },
      { ...none, opp: true, dates: ['2025-09-15'] },
    ]);
  });
  it('cards with <time datetime>: one document a card, a sibling\'s section left out', () => {
    expect(fixture('ps-dossier-kaarten')).toEqual([
      { ...none, opp: true, dates: ['2025-06-20'], schoolYears: [2024] },
      { ...none, opp: false, dates: ['2025-11-02'] },
      { ...none, opp: false, dates: ['2025-12-01'] },
    ]);
  });
  it('a tree of folders: the folder "OPP" and the folder\'s school year count for the file, "gisteren" is a date', () => {
    expect(fixture('ps-dossier-boom')).toEqual([
      { ...none, opp: true, dates: ['2024-10-01'], schoolYears: [2024] },
      { ...none, opp: true, dates: [], schoolYears: [2025], ago: [{ min: 1, max: 1 }] },
      { ...none, opp: false, dates: ['2026-01-28'], schoolYears: [2025] },
    ]);
  });
  it('details folders and a list of lines; a date without a year is unread, the pupil\'s birth date no document\'s', () => {
    expect(read(`<title>Leerlingdossier</title><body><p>Sem de Vries, 12-03-2016</p>
      <details open><summary>OPP</summary><ul><li>Ontwikkelingsperspectief.pdf – 12 sep</li><li>Bijlage – 03-10-2025</li></ul></details></body>`)).toEqual([
      { ...none, opp: true, dates: [], unreadable: true },
      { ...none, opp: true, dates: ['2025-10-03'] },
    ]);
  });
  it('no place for documents: no reading', () => {
    expect(read('<title>Leerlingkaart</title><body><h2>Leerlingkaart</h2><p>OPP 2025.pdf 01-10-2025</p></body>')).toBeNull();
  });
});

describe('a place named only "dossier" or "archief"', () => {
  const page = (heading: string, body: string) => `<html><head><title>Leerling</title></head><body><main><h1>Sem de Vries</h1><section><h2>${heading}</h2>${body}</section></main></body></html>`;
  it('with no document in it is a pupil\'s card, not an empty dossier', () => {
    expect(read(page('Leerlingdossier', '<dl><dt>Geboortedatum</dt><dd>12-03-2016</dd><dt>Groep</dt><dd>5</dd></dl>'))).toBeNull();
    expect(read(page('Archief', '<p>Oud-leerlingen staan in het archief.</p>'))).toBeNull();
  });
  it('with documents in it is still read, and a list named for files is read even when empty', () => {
    expect(read(page('Leerlingdossier', '<table><tr><th>Naam</th><th>Datum</th></tr><tr><td>OPP Sem.pdf</td><td>15-09-2025</td></tr></table>'))).toEqual([
      { ...none, opp: true, dates: ['2025-09-15'] },
    ]);
    expect(read(page('Documenten', '<p>Er zijn nog geen documenten.</p>'))).toEqual([]);
  });
});
