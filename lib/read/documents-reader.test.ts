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
