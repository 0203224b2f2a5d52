import { describe, expect, it } from 'vitest';
import { compareExport, type OppKnown } from './compare';
import type { ExportRow, ExportTable } from './export-rows';

const d = (iso: string) => ({ ok: true as const, iso });
let n = 1;
const row = (name: string, birth: string | null, begin: string | null, end: string | null = null, remarks = ''): ExportRow => ({
  row: ++n, name, birth: birth ? d(birth) : null, group: '7', begin: begin ? d(begin) : null, end: end ? d(end) : null, swv: '', remarks,
});
const table = (rows: ExportRow[]): ExportTable => ({ sheet: 'Leerlingen', headerRow: 1, columns: {}, rows, truncated: false });
const PEIL = '2026-11-28';

/** Which pupils OPP-wijzer knows an OPP of, for a test: by "name|birth". */
const knows = (sure: string[], byName: string[] = []) => (name: string, birth: string | null): OppKnown =>
  sure.includes(`${name}|${birth}`) ? 'zeker' : byName.includes(name) ? 'naam' : null;

const statusOf = (rows: ExportRow[], oppOf = knows([])) => compareExport(table(rows), PEIL, oppOf).pupils.map((p) => [p.name, p.status, p.flags]);

describe('the ROD check of a whole school', () => {
  it('an OPP known in Topdossier without an arrangement on the peildatum: ontbreekt', () => {
    expect(statusOf([row('Sem de Vries', '2016-03-12', null)], knows(['Sem de Vries|2016-03-12']))).toEqual([['Sem de Vries', 'ontbreekt', ['opp-zonder-arrangement']]]);
  });
  it('an arrangement that ended before the peildatum counts as none', () => {
    expect(statusOf([row('Sem de Vries', '2016-03-12', '2024-08-01', '2025-07-31')], knows(['Sem de Vries|2016-03-12']))[0]![1]).toBe('ontbreekt');
  });
  it('an arrangement without a known OPP: controleren (the OPP may not have been seen yet)', () => {
    expect(statusOf([row('Noor Jansen', '2015-05-21', '2025-10-01', '2027-07-31')])).toEqual([['Noor Jansen', 'controleren', ['arrangement-zonder-opp']]]);
  });
  it('remarks naming a cluster 1 or 2 provider without an arrangement: ontbreekt', () => {
    expect(statusOf([row('Lotte Bakker', '2017-07-04', null, null, 'Ambulante begeleiding Kentalis')])).toEqual([['Lotte Bakker', 'ontbreekt', ['cluster-zonder-arrangement']]]);
  });
  it('an open end date: controleren; overlapping periods: ontbreekt', () => {
    expect(statusOf([row('Ravi Jansen', '2016-04-03', '2025-10-01')], knows(['Ravi Jansen|2016-04-03']))).toEqual([['Ravi Jansen', 'controleren', ['geen-einddatum']]]);
    const both = [row('Ravi Jansen', '2016-04-03', '2025-08-01', '2026-07-31', 'Kentalis'), row('Ravi Jansen', '2016-04-03', '2026-01-01', '2026-12-31')];
    expect(statusOf(both, knows(['Ravi Jansen|2016-04-03']))).toEqual([['Ravi Jansen', 'ontbreekt', ['overlap']]]);
  });
  it('a namesake known only by name (a list without birth dates) is controleren, never ontbreekt', () => {
    expect(statusOf([row('Sem de Vries', '2014-01-01', null)], knows([], ['Sem de Vries']))).toEqual([['Sem de Vries', 'controleren', ['opp-naam-zonder-arrangement']]]);
  });
  it('adds up: an OPP known by name alone counts as known and, without an arrangement, as known without one; and is counted apart as weak', () => {
    const report = compareExport(table([row('Sem de Vries', '2014-01-01', null), row('Noor Jansen', '2015-05-21', null), row('Lotte Bakker', '2017-07-04', '2026-10-01', '2027-07-31')]), PEIL, knows(['Noor Jansen|2015-05-21', 'Lotte Bakker|2017-07-04'], ['Sem de Vries']));
    expect(report.totals).toMatchObject({ pupils: 3, oppKnown: 3, oppKnownByNameOnly: 1, oppKnownWithoutArrangement: 2, withArrangement: 1 });
  });
  it('a pupil with nothing known and no arrangement is in order', () => {
    expect(statusOf([row('Mees Kok', '2015-10-22', null)])).toEqual([['Mees Kok', 'ok', []]]);
  });
  it('an unreadable date is controleren, never a verdict on the arrangement', () => {
    const r = { ...row('Mees Kok', '2015-10-22', null), begin: { ok: false as const, text: '31-02-2026' } };
    // The end left empty is said as on the page: no einddatum yet (rod.einddatum), whatever the begin.
    expect(statusOf([r], knows(['Mees Kok|2015-10-22']))).toEqual([['Mees Kok', 'controleren', ['datum-onleesbaar', 'geen-einddatum']]]);
  });
  it('an arrangement that starts after the peildatum: controleren, as on the pupil\'s ParnasSys page (issue #24: one answer)', () => {
    const later = row('Mees Kok', '2015-10-22', '2026-12-15');
    expect(statusOf([later], knows(['Mees Kok|2015-10-22']))).toEqual([['Mees Kok', 'controleren', ['arrangement-begint-later', 'geen-einddatum']]]);
  });
  it('sorts what is missing first and counts what DUO compares', () => {
    const report = compareExport(
      table([
        row('Mees Kok', '2015-10-22', null),
        row('Noor Jansen', '2015-05-21', '2025-10-01', '2027-07-31'),
        row('Sem de Vries', '2016-03-12', null),
        row('Lotte Bakker', '2017-07-04', '2025-10-01', '2027-07-31', 'Kentalis cluster 2'),
      ]),
      PEIL,
      knows(['Sem de Vries|2016-03-12', 'Lotte Bakker|2017-07-04']),
    );
    expect(report.pupils.map((p) => p.status)).toEqual(['ontbreekt', 'controleren', 'ok', 'ok']);
    expect(report.totals).toEqual({ pupils: 4, withArrangement: 2, withoutArrangement: 2, oppKnown: 2, oppKnownWithoutArrangement: 1, oppKnownByNameOnly: 0, cluster: 1, clusterWithoutArrangement: 0 });
  });
});
