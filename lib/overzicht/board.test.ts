/**
 * The board's view: each school's export through the one-school check, named by its School or
 * BRIN column or by its file, and the board's sum. DUO's comparison at its edge: as many
 * registered OPPs as cluster 1/2 arrangements is "ja".
 */
import { describe, expect, it } from 'vitest';
import { utils, write, type BookType } from '@e965/xlsx';
import { compareBoard, fileRow, groupSchools, type OppOf } from './board';
import { readSchoolExport } from './school-export';

const HEADER = ['Achternaam', 'Roepnaam', 'Geboortedatum', 'Groep', 'Onderwijsarrangement peildatum (ingangsdatum)', 'Einddatum', 'Opmerkingen'];
type Row = (string | number)[];

function bytes(rows: Row[], kind: BookType = 'xlsx', header = HEADER): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet([['Dynamisch overzicht'], [], header, ...rows]), 'Leerlingen');
  const out = write(book, { type: kind === 'csv' ? 'string' : 'array', bookType: kind });
  return typeof out === 'string' ? new TextEncoder().encode(out) : new Uint8Array(out as ArrayBuffer);
}

const PEIL = '2026-11-28';
const none: OppOf = () => null;
const board = (files: [string, Uint8Array][], oppOf: (school: string) => OppOf = () => none) =>
  compareBoard(groupSchools(files.map(([name, b]) => readSchoolExport(b, name))), PEIL, (s) => oppOf(s.name));
const schoolOf = (b: ReturnType<typeof board>, name: string) => b.schools.find((s) => s.school.name === name)!;

/** Two arrangements on the peildatum; two pupils whose remarks name cluster 1 or 2 (one of them with an arrangement). */
const WILG: Row[] = [
  ['Vries', 'Sem', '12-03-2016', '6', '', '', 'Kentalis, ambulante begeleiding'],
  ['Jansen', 'Noor', '21-05-2015', '7', '01-10-2025', '31-07-2027', 'Visio cluster 1'],
  ['Kok', 'Mees', '22-10-2015', '7', '01-09-2026', '', 'SWV-arrangement'],
  ['Bakker', 'Lotte', '04-07-2017', '5', '', '', ''],
];

describe('the DUO comparison per school', () => {
  it('equal counts is ja: two OPPs registered, two pupils with cluster 1 or 2', () => {
    const s = schoolOf(board([['De Wilg.xlsx', bytes(WILG)]]), 'De Wilg');
    expect(s.report.totals).toMatchObject({ pupils: 4, withArrangement: 2, cluster: 2, clusterWithoutArrangement: 1 });
    expect(s.duo).toBe(true);
  });

  it('one cluster pupil more than registered OPPs is nee', () => {
    const rows: Row[] = [...WILG, ['Yilmaz', 'Sara', '11-12-2016', '5', '', '', 'Auris']];
    const s = schoolOf(board([['De Wilg.xlsx', bytes(rows)]]), 'De Wilg');
    expect(s.report.totals).toMatchObject({ withArrangement: 2, cluster: 3 });
    expect(s.duo).toBe(false);
  });

  it('a school without cluster 1/2 remarks is ja, with 0 cluster pupils to show why', () => {
    const rows: Row[] = [['Kok', 'Mees', '22-10-2015', '7', '', '', ''], ['Bakker', 'Lotte', '04-07-2017', '5', '', '', 'Extra hulp rekenen']];
    const s = schoolOf(board([['De Esch.csv', bytes(rows, 'csv')]]), 'De Esch');
    expect(s.report.totals).toMatchObject({ pupils: 2, withArrangement: 0, cluster: 0 });
    expect(s.duo).toBe(true);
  });
});

describe('naming the school', () => {
  it('by the file when the export has no School or BRIN column', () => {
    const s = board([['exports/OBS De Wilg.xlsx', bytes(WILG)]]).schools[0]!.school;
    expect(s).toMatchObject({ name: 'OBS De Wilg', brin: null, byColumn: false });
  });

  it('by the BRIN and School columns, whatever the file is called; one file may hold two schools', () => {
    const header = ['BRIN', 'School', ...HEADER];
    const rows: Row[] = [
      ['12ab', 'OBS De Wilg', ...WILG[0]!],
      ['12AB', 'OBS De Wilg', ...WILG[1]!],
      ['34CD', 'CBS De Esch', ...WILG[2]!],
    ];
    const b = board([['export-bestuur.xlsx', bytes(rows, 'xlsx', header)]]);
    // De Wilg first: one arrangement, two pupils with cluster 1 or 2 (nee).
    expect(b.schools.map((s) => [s.school.name, s.school.brin, s.school.byColumn, s.report.totals.pupils, s.duo])).toEqual([
      ['OBS De Wilg', '12AB', true, 2, false],
      ['CBS De Esch', '34CD', true, 1, true],
    ]);
  });

  it('two files of the same school (its BRIN in both) are one school; a row in both counts once', () => {
    const header = ['Brinnummer', ...HEADER];
    const first = bytes(WILG.slice(0, 3).map((r) => ['12AB', ...r]), 'xlsx', header);
    // The second file repeats Mees's arrangement (the same row) and adds Lotte.
    const second = bytes([['12AB', ...WILG[2]!], ['12AB', ...WILG[3]!]], 'csv', header);
    const b = board([['groep-1-4.xlsx', first], ['groep-5-8.csv', second]]);
    expect(b.schools).toHaveLength(1);
    const s = b.schools[0]!;
    expect(s.school.files.map((f) => f.file)).toEqual(['groep-1-4.xlsx', 'groep-5-8.csv']);
    expect(s.report.totals).toMatchObject({ pupils: 4, withArrangement: 2 });
    // Mees's arrangement twice would be an overlap (ontbreekt): it is one row.
    expect(s.report.pupils.find((p) => p.name === 'Mees Kok')!.flags).not.toContain('overlap');
    const lotte = s.report.pupils.find((p) => p.name === 'Lotte Bakker')!;
    expect(fileRow(s.school, lotte.row)).toEqual({ file: 'groep-5-8.csv', row: 5 });
    expect(fileRow(s.school, s.report.pupils.find((p) => p.name === 'Sem Vries')!.row)).toEqual({ file: 'groep-1-4.xlsx', row: 4 });
  });

  it('two files named alike (.xlsx and .csv of one school) are one school too', () => {
    const b = board([['De Wilg.xlsx', bytes(WILG.slice(0, 2))], ['De Wilg.csv', bytes(WILG.slice(2), 'csv')]]);
    expect(b.schools.map((s) => [s.school.name, s.report.totals.pupils])).toEqual([['De Wilg', 4]]);
  });
});

describe('the board', () => {
  it('sums every school, counts the ja and nee, and keeps the other schools when a file is bad', () => {
    const esch: Row[] = [['Kok', 'Mees', '22-10-2015', '7', '', '', 'Kentalis']];
    const opps: Record<string, OppOf> = { 'De Wilg': (name) => (name === 'Lotte Bakker' ? 'zeker' : null) };
    const b = board(
      [
        ['De Wilg.xlsx', bytes(WILG)],
        ['foto.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])],
        ['De Esch.csv', bytes(esch, 'csv')],
        ['klas.csv', new TextEncoder().encode('Naam;Groep\nLotte Bakker;5\n')],
      ],
      (school) => opps[school] ?? none,
    );
    expect(b.errors).toEqual([
      { file: 'foto.xlsx', error: 'geen-spreadsheet' },
      { file: 'klas.csv', error: 'geen-overzicht' },
    ]);
    // De Esch first: its comparison says nee.
    expect(b.schools.map((s) => [s.school.name, s.duo])).toEqual([['De Esch', false], ['De Wilg', true]]);
    expect(schoolOf(b, 'De Wilg').report.totals).toMatchObject({ oppKnown: 1, oppKnownWithoutArrangement: 1 });
    expect(b.totals).toMatchObject({ schools: 2, duoJa: 1, duoNee: 1, pupils: 5, withArrangement: 2, cluster: 3, oppKnown: 1, oppKnownWithoutArrangement: 1 });
  });

  it('with no readable file has no school and the errors', () => {
    const b = board([['leeg.csv', new Uint8Array()]]);
    expect(b.schools).toEqual([]);
    expect(b.totals).toMatchObject({ schools: 0, pupils: 0, duoJa: 0, duoNee: 0 });
    expect(b.errors).toEqual([{ file: 'leeg.csv', error: 'leeg' }]);
  });
});
