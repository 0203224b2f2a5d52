/**
 * The ParnasSys export in every format a school may hand us, made here with SheetJS itself:
 * title rows, merged header cells, empty rows, dates as text and as serial numbers, and an
 * unrelated sheet before the export. Bad input gives one error, never an exception.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CFB, utils, write, type BookType } from '@e965/xlsx';
import { readExport } from './read-export';
import { MAX_BYTES } from './read-workbook';

const HEADER = ['Achternaam', 'Tussenvoegsel', 'Roepnaam', 'Geboortedatum', 'Groep', 'Onderwijsarrangement peildatum (ingangsdatum)', 'Einddatum', 'Opmerkingen'];
/** 45931 is 1-10-2025 as a spreadsheet serial number. */
const PUPILS: (string | number | null)[][] = [
  ['Bakker', null, 'Lotte', '04-07-2017', '7', 45931, null, 'Kentalis cluster 2'],
  ['Vries', 'de', 'Sem', '12-03-2016', '6', null, null, null],
  [],
  ['Jansen', null, 'Noor', '21-05-2015', '7', '01-08-2024', '31-07-2026', 'SWV-arrangement'],
];

function book(kind: BookType): Uint8Array {
  const other = utils.aoa_to_sheet([['Instructies'], ['Dit blad hoort niet bij de export.']]);
  const sheet = utils.aoa_to_sheet([['Dynamisch overzicht – OBS De Wilg'], ['Peildatum: 28-11-2026'], [], HEADER, ...PUPILS]);
  // The title spans the columns, as an exported header would.
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 7 } }];
  const b = utils.book_new();
  if (kind !== 'csv' && kind !== 'html') utils.book_append_sheet(b, other, 'Instructies');
  utils.book_append_sheet(b, sheet, 'Leerlingen');
  const out = write(b, { type: kind === 'csv' || kind === 'html' || kind === 'xlml' ? 'string' : 'array', bookType: kind });
  return typeof out === 'string' ? new TextEncoder().encode(out) : new Uint8Array(out as ArrayBuffer);
}

describe('reads the export in every format', () => {
  it.each([
    ['xlsx', 'xlsx'],
    ['xls (binary, BIFF8)', 'biff8'],
    ['xls that is an HTML table', 'html'],
    ['xls that is SpreadsheetML 2003 XML', 'xlml'],
    ['csv', 'csv'],
  ] as const)('%s', (_, kind) => {
    const result = readExport(book(kind));
    if (!result.ok) throw new Error(result.error);
    const { table } = result;
    expect(table.sheet === 'Leerlingen' || kind === 'csv' || kind === 'html').toBe(true);
    expect(table.headerRow).toBe(4);
    expect(table.rows.map((r) => [r.row, r.name, r.birth, r.begin, r.end])).toEqual([
      [5, 'Lotte Bakker', { ok: true, iso: '2017-07-04' }, { ok: true, iso: '2025-10-01' }, null],
      [6, 'Sem de Vries', { ok: true, iso: '2016-03-12' }, null, null],
      [8, 'Noor Jansen', { ok: true, iso: '2015-05-21' }, { ok: true, iso: '2024-08-01' }, { ok: true, iso: '2026-07-31' }],
    ]);
    expect(table.rows[0]!.remarks).toBe('Kentalis cluster 2');
    // The title's peildatum fills the page's date field (the date of DUO's letter).
    expect(table.peildatum).toBe('2026-11-28');
  });

  it('reads the peildatum from the cell beside its name, and none when the title names none', () => {
    const withDate = 'Peildatum;1-10-2026\r\nNaam;Onderwijsarrangement peildatum (ingangsdatum)\r\nLotte Bakker;01-10-2025\r\n';
    const without = 'Dynamisch overzicht\r\nNaam;Onderwijsarrangement peildatum (ingangsdatum)\r\nLotte Bakker;01-10-2025\r\n';
    const peildatum = (csv: string) => {
      const result = readExport(new TextEncoder().encode(csv));
      return result.ok ? result.table.peildatum : result.error;
    };
    expect([peildatum(withDate), peildatum(without)]).toEqual(['2026-10-01', undefined]);
  });

  it('reads a semicolon CSV with one name column, as Dutch Excel saves it', () => {
    const csv = 'Naam;Geboortedatum;Onderwijsarrangement peildatum (ingangsdatum)\r\n"Bakker, Lotte";04-07-2017;01-10-2025\r\n';
    const result = readExport(new TextEncoder().encode(csv));
    expect(result.ok && result.table.rows.map((r) => [r.name, r.begin])).toEqual([['Bakker, Lotte', { ok: true, iso: '2025-10-01' }]]);
  });
});

describe('a second export: another title, other column names, a footer, another encoding', () => {
  const lines = ['Overzicht passend onderwijs;;;', ';;;', 'Leerling;Geb.datum;Ingangsdatum;Arrangement', 'Zoë Kramer;17-06-2017;01-10-2026;cluster 2 (Kentalis)', 'Daan Bakker;03-05-2016;;', ';;;', 'Aantal leerlingen: 2;;;'];
  it('reads a UTF-8 CSV without a byte-order mark as UTF-8 ("Zoë", not "ZoÃ«")', () => {
    const result = readExport(new TextEncoder().encode(lines.join('\r\n')));
    expect(result.ok && result.table.rows.map((r) => r.name)).toEqual(['Zoë Kramer', 'Daan Bakker']);
  });
  it('reads a CSV that Excel wrote in Windows-1252 as that', () => {
    const text = lines.join('\r\n');
    const bytes = Uint8Array.from([...text].flatMap((ch) => (ch === 'ë' ? [0xeb] : [...new TextEncoder().encode(ch)])));
    const result = readExport(bytes);
    expect(result.ok && result.table.rows.map((r) => r.name)).toEqual(['Zoë Kramer', 'Daan Bakker']);
  });
  it('does not take the footer "Aantal leerlingen: 2" for a pupil, and reads "Arrangement" as what the arrangement is', () => {
    const result = readExport(new TextEncoder().encode(lines.join('\n')));
    if (!result.ok) throw new Error(result.error);
    expect(result.table.rows.map((r) => [r.name, r.remarks])).toEqual([['Zoë Kramer', 'cluster 2 (Kentalis)'], ['Daan Bakker', '']]);
  });
});

describe('bad input: one clear error, nothing else happens', () => {
  it('an empty file', () => expect(readExport(new Uint8Array())).toEqual({ ok: false, error: 'leeg' }));
  it('a file over 20 MB', () => expect(readExport(new Uint8Array(MAX_BYTES + 1))).toEqual({ ok: false, error: 'te-groot' }));
  it('an image', () => expect(readExport(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toEqual({ ok: false, error: 'geen-spreadsheet' }));
  it('a workbook with no sheet like the export', () => {
    const b = utils.book_new();
    utils.book_append_sheet(b, utils.aoa_to_sheet([['Naam', 'Groep'], ['Lotte Bakker', '7']]), 'Klassenlijst');
    expect(readExport(new Uint8Array(write(b, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer))).toEqual({ ok: false, error: 'geen-overzicht' });
  });
  it('a text file that is no table (a .txt letter) is no spreadsheet, not a spreadsheet without the column', () => {
    const letter = 'Beste collega,\n\nHierbij de brief van DUO over de peildatum.\nMet vriendelijke groet\n';
    expect(readExport(new TextEncoder().encode(letter))).toEqual({ ok: false, error: 'geen-spreadsheet' });
  });
  it('a password-protected workbook (an encrypted package, as Excel writes it)', () => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(64));
    const bytes = CFB.write(cfb, { type: 'array' }) as number[] | Uint8Array;
    expect(readExport(Uint8Array.from(bytes))).toEqual({ ok: false, error: 'wachtwoord' });
  });
  it('any bytes at all give a table or one of the errors, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const result = readExport(bytes);
        expect(result.ok || ['leeg', 'te-groot', 'wachtwoord', 'geen-spreadsheet', 'geen-overzicht'].includes(result.error)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('a sheet of 100,005 rows: the first 100,000 are read, and the report says the rest was not', () => {
    const lines = ['Naam;Geboortedatum;Onderwijsarrangement peildatum (ingangsdatum)'];
    // Names of letters only, as names are: "Leerling Baaac".
    const letters = (i: number) => Array.from(i.toString(26).padStart(4, '0'), (c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
    for (let i = 0; i < 100_004; i++) lines.push(`Leerling B${letters(i)};01-01-2016;`);
    const result = readExport(new TextEncoder().encode(lines.join('\n')));
    expect(result.ok && { rows: result.table.rows.length, truncated: result.table.truncated }).toEqual({ rows: 99_999, truncated: true });
  });
});
