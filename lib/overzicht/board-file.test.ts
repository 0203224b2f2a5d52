/**
 * The board's view saved: the .xlsx read back has a summary sheet and a sheet per school with
 * that school's pupils; the .csv has the summary. Sheet names fit Excel's rules.
 */
import { describe, expect, it } from 'vitest';
import { read, utils, write } from '@e965/xlsx';
import '../i18n-ui';
import { compareBoard, groupSchools } from './board';
import { boardFileBytes } from './board-file';
import { readSchoolExport } from './school-export';

const HEADER = ['Naam', 'Geboortedatum', 'Groep', 'Onderwijsarrangement peildatum (ingangsdatum)', 'Einddatum', 'Opmerkingen'];
const xlsx = (rows: string[][], header = HEADER) => {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet([header, ...rows]), 'Export');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
};
const WILG = 'OBS De Wilg: groep 1/8 [2026]';
const BOARD = compareBoard(
  groupSchools([
    readSchoolExport(xlsx([[WILG, 'Sem de Vries', '12-03-2016', '6', '', '', 'Kentalis'], [WILG, 'Noor Jansen', '21-05-2015', '7', '01-10-2025', '31-07-2027', '']], ['School', ...HEADER]), 'export.xlsx'),
    readSchoolExport(xlsx([['Lotte Bakker', '04-07-2017', '5', '01-09-2026', '31-07-2027', 'Auris']]), 'De Esch.xlsx'),
    readSchoolExport(new TextEncoder().encode('Naam;Groep\nMees Kok;7\n'), 'klas.csv'),
  ]),
  '2026-11-28',
  () => () => null,
);

describe('saving the board', () => {
  it('.xlsx: a summary sheet, then a sheet per school with its pupils', () => {
    const book = read(boardFileBytes(BOARD, 'nl', 'xlsx'), { type: 'array' });
    // ":", "/", "[" and "]" may not be in a sheet's name; 31 characters at most.
    expect(book.SheetNames).toEqual(['Overzicht', 'De Esch', 'OBS De Wilg groep 1 8 2026']);
    const summary = utils.sheet_to_json<(string | number)[]>(book.Sheets.Overzicht!, { header: 1, blankrows: false });
    expect(summary[0]).toEqual(['School', 'BRIN', 'Bestanden', 'Leerlingen', 'Met arrangement op de peildatum', 'OPP bekend', 'OPP zonder arrangement', 'Cluster 1 of 2 in de opmerkingen', "Minstens evenveel OPP's als arrangementen van cluster 1 en 2"]);
    expect(summary.slice(1, 4)).toEqual([
      ['De Esch', '', 'De Esch.xlsx', 1, 1, 0, 0, 1, 'ja'],
      [WILG, '', 'export.xlsx', 2, 1, 0, 0, 1, 'ja'],
      ['Bestuur (2 scholen)', '', '', 3, 2, 0, 0, 2, '2 van 2 scholen ja'],
    ]);
    // The file that could not be read is named under the summary, with its reason.
    expect(summary[4]).toEqual(['klas.csv: In dit bestand staat geen blad met leerlingen en de kolom ‘Onderwijsarrangement peildatum (ingangsdatum)’. Voeg die kolom toe in het Dynamisch overzicht en exporteer opnieuw.']);
    const wilg = utils.sheet_to_json<string[]>(book.Sheets['OBS De Wilg groep 1 8 2026']!, { header: 1 });
    expect(wilg.map((r) => [r[1], r[4]])).toEqual([
      ['Leerling', 'Uitkomst'],
      ['Sem de Vries', 'ontbreekt'],
      ['Noor Jansen', 'controleren'],
    ]);
  });

  it('.csv: the summary, in English when asked, with ; and a byte-order mark for Excel', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(boardFileBytes(BOARD, 'en', 'csv'));
    expect(text.startsWith('\ufeffSchool;BRIN;Files;Pupils;')).toBe(true);
    const lines = text.slice(1).trim().split('\n');
    expect(lines[1]).toBe('De Esch;;De Esch.xlsx;1;1;0;0;1;yes');
    expect(lines[2]).toBe('OBS De Wilg: groep 1/8 [2026];;export.xlsx;2;1;0;0;1;yes');
    expect(lines[3]).toBe('Board (2 schools);;;3;2;0;0;2;2 of 2 schools yes');
  });

  it('two schools whose names are alike past 31 characters get two sheets', () => {
    const long = 'Openbare basisschool De Wilgenhoeve';
    const board = compareBoard(
      groupSchools([readSchoolExport(xlsx([['Sem de Vries', '12-03-2016', '6', '', '', '']]), `${long} Noord.xlsx`), readSchoolExport(xlsx([['Noor Jansen', '21-05-2015', '7', '', '', '']]), `${long} Zuid.xlsx`)]),
      '2026-11-28',
      () => () => null,
    );
    const names = read(boardFileBytes(board, 'nl', 'xlsx'), { type: 'array' }).SheetNames;
    expect(names).toEqual(['Overzicht', 'Openbare basisschool De Wilgenh', 'Openbare basisschool De Wilge 2']);
  });
});
