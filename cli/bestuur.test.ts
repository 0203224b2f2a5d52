/**
 * opp-check --overzicht with several exports: JSON totals per school and for the board, each
 * school's list given by its name, a bad file one line while the other schools still show.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { utils, write, type BookType } from '@e965/xlsx';
import { run } from './opp-check';

const tmp = mkdtempSync(join(tmpdir(), 'opp-bestuur-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
const HEADER = ['Naam', 'Geboortedatum', 'Groep', 'Onderwijsarrangement peildatum (ingangsdatum)', 'Einddatum', 'Opmerkingen'];
function exportFile(name: string, rows: (string | number)[][], kind: BookType, header = HEADER): string {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet([['Dynamisch overzicht'], [], header, ...rows]), 'Export');
  const out = write(book, { type: kind === 'csv' ? 'string' : 'array', bookType: kind });
  return file(name, typeof out === 'string' ? out : new Uint8Array(out as ArrayBuffer));
}

/** Named by its BRIN and School columns: one arrangement, one pupil with Kentalis and none. */
const WILG = exportFile('export-1.xlsx', [
  ['12AB', 'OBS De Wilg', 'Sem de Vries', '12-03-2016', '6', '', '', 'Kentalis'],
  ['12AB', 'OBS De Wilg', 'Noor Jansen', '21-05-2015', '7', '01-10-2025', '31-07-2027', 'SWV'],
  ['12AB', 'OBS De Wilg', 'Mees Kok', '22-10-2015', '7', '', '', ''],
], 'xlsx', ['BRIN', 'School', ...HEADER]);
/** Named by the file: two arrangements, one of them cluster 2. */
const ESCH = exportFile('De Esch.csv', [
  ['Lotte Bakker', '04-07-2017', '5', '01-09-2026', '', 'Auris cluster 2'],
  ['Sara Yilmaz', '11-12-2016', '5', '01-10-2025', '31-07-2027', ''],
  ['Daan Smit', '02-02-2016', '6', '', '', ''],
], 'csv');
/** The binary .xls: no arrangement, no cluster. */
const HOF = exportFile('Het Hof.xls', [['Fenna Mulder', '09-09-2017', '4', '', '', '']], 'biff8');
const LIST = (rows: string) => `<!DOCTYPE html><html><body><h1>Dossiers</h1><table><thead><tr><th>Naam</th><th>Geboortedatum</th><th>Niveau</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
const LIST_WILG = file('lijst-wilg.html', LIST('<tr><td>Kok, Mees</td><td>22-10-2015</td><td>Extra ondersteuning (niveau 4)</td></tr><tr><td>Jansen, Noor</td><td>21-05-2015</td><td>Extra ondersteuning (niveau 4)</td></tr>'));
const LIST_ESCH = file('lijst-esch.html', LIST('<tr><td>Bakker, Lotte</td><td>04-07-2017</td><td>Extra ondersteuning (niveau 4)</td></tr>'));

describe('opp-check --overzicht a b c: the board', () => {
  it('gives JSON totals per school and for the board, each school\'s list by its BRIN or file name', () => {
    const r = run(['--overzicht', WILG, ESCH, HOF, '--opp-lijst', `12ab=${LIST_WILG}`, '--opp-lijst', `De Esch=${LIST_ESCH}`, '--peildatum', '2026-11-28', '--json']);
    expect(r.err).toBe('');
    // Mees Kok's OPP is known, and he has no arrangement: ontbreekt.
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.kind).toBe('bestuur');
    // All three ja: in the order of their names.
    expect(json.schools.map((s: { school: string; brin: string | null; namedBy: string; files: string[]; totals: object; duo: object }) => [s.school, s.brin, s.namedBy, s.totals, s.duo])).toEqual([
      ['De Esch', null, 'bestand', expect.objectContaining({ pupils: 3, withArrangement: 2, oppKnown: 1, oppKnownWithoutArrangement: 0, cluster: 1 }), { opps: 2, cluster: 1, ok: true }],
      ['Het Hof', null, 'bestand', expect.objectContaining({ pupils: 1, withArrangement: 0, oppKnown: 0, cluster: 0 }), { opps: 0, cluster: 0, ok: true }],
      ['OBS De Wilg', '12AB', 'kolom', expect.objectContaining({ pupils: 3, withArrangement: 1, oppKnown: 2, oppKnownWithoutArrangement: 1, cluster: 1 }), { opps: 1, cluster: 1, ok: true }],
    ]);
    expect(json.totals).toMatchObject({ schools: 3, duoJa: 3, duoNee: 0, pupils: 7, withArrangement: 3, oppKnown: 3, oppKnownWithoutArrangement: 1, cluster: 2 });
    // De Wilg's missing registrations, by row: Sem (Kentalis) and Mees (OPP in the list).
    expect(json.schools[2].pupils.slice(0, 2)).toEqual([
      { row: 4, status: 'ontbreekt', flags: ['cluster-zonder-arrangement'] },
      { row: 6, status: 'ontbreekt', flags: ['opp-zonder-arrangement'] },
    ]);
    expect(r.out).not.toMatch(/Sem|Noor|Lotte|Mees|Sara|Daan|Fenna/);
    expect(json.errors).toEqual([]);
  });

  it('prints a Dutch table with ja/nee per school and the board\'s line', () => {
    const nee = exportFile('De Linde.csv', [['Bo Visser', '03-03-2016', '6', '', '', 'Visio']], 'csv');
    const r = run(['--overzicht', ESCH, nee, '--peildatum', '2026-11-28']);
    expect(r.out).toContain('Peildatum 2026-11-28: 2 scholen.');
    expect(r.out).toContain('Minstens evenveel OPP\'s als arrangementen van cluster 1 en 2');
    const lines = r.out.split('\n');
    expect(lines.find((l) => l.startsWith('De Linde'))).toMatch(/\s1\s+0\s+0\s+0\s+1\s+nee$/);
    expect(lines.find((l) => l.startsWith('De Esch'))).toMatch(/\s3\s+2\s+0\s+0\s+1\s+ja$/);
    expect(lines.find((l) => l.startsWith('Bestuur (2 scholen)'))).toMatch(/\s4\s+2\s+0\s+0\s+2\s+1 van 2 scholen ja$/);
  });

  it('a bad file is one Dutch line on stderr; the other schools still show, exit 2', () => {
    const bad = file('foto.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const r = run(['--overzicht', ESCH, bad, HOF, '--peildatum', '2026-11-28', '--json']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`opp-check: ${bad}: Dit is geen spreadsheet die OPP-wijzer kan lezen. Kies de .xlsx-, .xls- of .csv-export uit ParnasSys.`);
    const json = JSON.parse(r.out);
    expect(json.schools.map((s: { school: string }) => s.school)).toEqual(['De Esch', 'Het Hof']);
    expect(json.errors).toEqual([{ file: bad, error: 'geen-spreadsheet' }]);
  });

  it('a file that is not there, or a folder, is one line too; the other schools still show', () => {
    const r = run(['--overzicht', ESCH, '/geen/bestand.xlsx', HOF, tmpdir(), '--peildatum', '2026-11-28', '--json']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toEqual(['opp-check: bestand niet gevonden: /geen/bestand.xlsx', `opp-check: bestand niet gevonden: ${tmpdir()}`]);
    expect(JSON.parse(r.out).schools.map((s: { school: string }) => s.school)).toEqual(['De Esch', 'Het Hof']);
  });

  it.each([
    ['a list for a school that is not there', () => ['--overzicht', ESCH, HOF, '--opp-lijst', `De Wilg=${LIST_WILG}`], 'Bij --opp-lijst De Wilg: geen school of bestand met die naam. De scholen: De Esch, Het Hof.'],
    ['no file readable', () => ['--overzicht', file('leeg.csv', ''), file('leeg2.csv', '')], 'Geen van de bestanden kon worden gelezen.'],
    ['an unknown option', () => ['--overzicht', ESCH, HOF, '--snel'], 'Gebruik: opp-check --overzicht <export> <export>'],
  ])('%s: exit 2 and a Dutch sentence', (_, argv, words) => {
    const r = run(argv());
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(words);
  });

  it('one export stays the one-school check, as before', () => {
    const r = run(['--overzicht', ESCH, '--peildatum', '2026-11-28', '--json']);
    expect(JSON.parse(r.out).kind).toBe('overzicht');
  });
});
