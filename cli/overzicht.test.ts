import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { utils, write } from '@e965/xlsx';
import { run } from './opp-check';

const ROOT = resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'opp-overzicht-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

const EXPORT = (() => {
  const sheet = utils.aoa_to_sheet([
    ['Dynamisch overzicht'],
    [],
    ['Naam', 'Geboortedatum', 'Groep', 'Onderwijsarrangement peildatum (ingangsdatum)', 'Einddatum', 'Opmerkingen'],
    ['Sem de Vries', '12-03-2016', '6', '', '', ''],
    ['Noor Jansen', '21-05-2015', '7', '01-10-2025', '31-07-2027', 'SWV'],
    ['Lotte Bakker', '04-07-2017', '5', '', '', 'Visio, ambulante begeleiding'],
    ['Mees Kok', '22-10-2015', '7', '', '', ''],
  ]);
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'Export');
  return file('export.xlsx', new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
})();

const LIST_WITH_BIRTH = file('lijst.html', `<!DOCTYPE html><html><body><h1>Dossiers</h1><table>
<thead><tr><th>Naam</th><th>Geboortedatum</th><th>Niveau</th></tr></thead>
<tbody><tr><td>Vries, Sem de</td><td>12-03-2016</td><td>Extra ondersteuning (niveau 4)</td></tr>
<tr><td>Mees Kok</td><td>22-10-2015</td><td>Lichte ondersteuning</td></tr></tbody></table></body></html>`);

describe('opp-check --overzicht', () => {
  it('gives the JSON the issue asks for, without names, and exit 1 when something is missing', () => {
    const r = run(['--overzicht', EXPORT, '--opp-lijst', LIST_WITH_BIRTH, '--peildatum', '2026-11-28', '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({
      kind: 'overzicht',
      peildatum: '2026-11-28',
      totals: { pupils: 4, withArrangement: 1, withoutArrangement: 3, oppKnown: 1, oppKnownWithoutArrangement: 1 },
    });
    expect(json.pupils).toEqual([
      { row: 4, status: 'ontbreekt', flags: ['opp-zonder-arrangement'] },
      { row: 6, status: 'ontbreekt', flags: ['cluster-zonder-arrangement'] },
      { row: 5, status: 'controleren', flags: ['arrangement-zonder-opp'] },
      { row: 7, status: 'ok', flags: [] },
    ]);
    expect(r.out).not.toMatch(/Sem|Noor|Lotte|Mees|2016|2015|2017/);
  });

  it('shows names only when asked (--namen)', () => {
    const r = run(['--overzicht', EXPORT, '--opp-lijst', LIST_WITH_BIRTH, '--peildatum', '2026-11-28', '--json', '--namen']);
    expect(JSON.parse(r.out).pupils[0]).toMatchObject({ row: 4, name: 'Sem de Vries', birth: '2016-03-12' });
  });

  it('a list without birth dates makes a namesake controleren, never ontbreekt', () => {
    const r = run(['--overzicht', EXPORT, '--opp-lijst', join(ROOT, 'test/fixtures/opp/e-dossier-list.html'), '--peildatum', '2026-11-28', '--json']);
    const sem = JSON.parse(r.out).pupils.find((p: { row: number }) => p.row === 4);
    expect(sem).toEqual({ row: 4, status: 'controleren', flags: ['opp-naam-zonder-arrangement'] });
  });

  it('prints a Dutch summary with the DUO comparison', () => {
    const r = run(['--overzicht', EXPORT, '--peildatum', '2026-11-28']);
    expect(r.out).toContain('4 leerlingen: 1 met arrangement op 2026-11-28, 3 zonder');
    expect(r.out).toContain('Je moet minstens evenveel OPP\'s hebben als arrangementen van cluster 1 en 2');
    expect(r.out).toContain('rij 6'.replace('rij', 'Rij'));
  });

  it.each([
    ['a file that is not a spreadsheet', () => ['--overzicht', file('foto.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))], 'Dit is geen spreadsheet'],
    ['an empty file', () => ['--overzicht', file('leeg.csv', '')], 'Dit bestand is leeg.'],
    ['a workbook without the export', () => ['--overzicht', file('klas.csv', 'Naam;Groep\nLotte Bakker;5\n')], 'geen blad met leerlingen'],
    ['a bad peildatum', () => ['--overzicht', EXPORT, '--peildatum', '2026-02-31'], 'geen geldige datum'],
    ['a missing file', () => ['--overzicht', join(tmp, 'weg.xlsx')], 'weg.xlsx'],
  ])('%s: one sentence, exit 2', (_, argv, words) => {
    const r = run(argv());
    expect({ code: r.code, out: r.out }).toEqual({ code: 2, out: '' });
    expect(r.err).toContain(words);
    expect(r.err.split('\n')).toHaveLength(1);
  });
});
