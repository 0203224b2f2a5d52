import '../i18n-ui';
import { describe, expect, it } from 'vitest';
import { reportRows } from './report-file';
import { compareExport } from './compare';
import type { ExportRow, ExportTable } from './export-rows';
import type { PupilCycle } from './cycle-flags';

const d = (iso: string) => ({ ok: true as const, iso });
const row = (begin: string | null, end: string | null = null): ExportRow => ({ row: 2, name: 'Sem de Vries', birth: d('2016-03-12'), group: '6', begin: begin ? d(begin) : null, end: end ? d(end) : null, swv: '', remarks: '' });
const table = (rows: ExportRow[]): ExportTable => ({ sheet: 'Leerlingen', headerRow: 1, columns: {}, rows, truncated: false });
const run = (r: ExportRow, peil: string, cycle: PupilCycle | null, sure = true) => compareExport(table([r]), peil, () => (sure ? 'zeker' : null), () => cycle).pupils[0]!;

describe('the year around the OPP in the school\'s ROD-controle', () => {
  it('no arrangement: within 14 days of the OPP\'s start controleren, after that ontbreekt saying how late', () => {
    expect(run(row(null), '2025-10-15', { oppStart: '2025-10-01' })).toMatchObject({ status: 'controleren', flags: ['opp-binnen-termijn'] });
    const late = run(row(null), '2025-11-07', { oppStart: '2025-10-01' });
    expect(late).toMatchObject({ status: 'ontbreekt', flags: ['opp-te-laat'], cycle: { dagen: 37 } });
    expect(reportRows(compareExport(table([row(null)]), '2025-11-07', () => 'zeker', () => ({ oppStart: '2025-10-01' })), 'nl')[1]![5]).toBe('Het OPP is op 01-10-2025 vastgesteld; al 37 dagen niet geregistreerd (DUO: binnen 14 dagen)');
  });
  it('an arrangement begun more than 14 days from the OPP\'s start: controleren', () => {
    expect(run(row('2025-11-01', '2026-07-31'), '2026-01-10', { oppStart: '2025-10-01' })).toMatchObject({ status: 'controleren', flags: ['begindatum-wijkt-af'] });
    expect(run(row('2025-10-10', '2026-07-31'), '2026-01-10', { oppStart: '2025-10-01' }).status).toBe('ok');
  });
  it('back at basisondersteuning: an open arrangement is asked about, a known OPP without one is no longer missing', () => {
    expect(run(row('2025-10-01'), '2026-01-10', { basis: true })).toMatchObject({ status: 'controleren', flags: ['ondersteuning-gestopt', 'geen-einddatum'] });
    expect(run(row(null), '2026-01-10', { basis: true })).toMatchObject({ status: 'controleren', flags: ['opp-vervallen'] });
  });
  it('nothing known of the year: as before', () => {
    expect(run(row(null), '2026-01-10', null)).toMatchObject({ status: 'ontbreekt', flags: ['opp-zonder-arrangement'] });
  });
});
