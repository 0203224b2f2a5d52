/** The report and the pupil's ParnasSys page give one answer: the same rules, on the peildatum. */
import { expect, it } from 'vitest';
import rodArrangement from '../judge/rules/rod.arrangement';
import type { ExportRow } from './export-rows';
import { pupilFacts, rodFlags } from './rod-verdicts';

const row = (begin: string | null, end: string | null = null): ExportRow => ({
  row: 2, name: 'Mees Kok', birth: { ok: true, iso: '2015-10-22' }, group: '6',
  begin: begin ? { ok: true, iso: begin } : null, end: end ? { ok: true, iso: end } : null, remarks: '', swv: '',
} as ExportRow);
const PEIL = '2026-10-01';

it('gives the page rule\'s verdict as a flag, for every answer the page can give about one pupil', () => {
  const cases: [ExportRow[], 'zeker' | 'naam' | null, Parameters<typeof pupilFacts>[2], string | undefined][] = [
    [[row(null)], 'zeker', null, 'opp-zonder-arrangement'],
    [[row(null)], 'naam', null, 'opp-naam-zonder-arrangement'],
    [[row('2026-11-01')], 'zeker', null, 'arrangement-begint-later'],
    [[row(null)], 'zeker', { oppStart: '2026-09-01' }, 'opp-te-laat'],
    [[row(null)], 'zeker', { oppStart: '2026-09-25' }, 'opp-binnen-termijn'],
    [[row(null)], 'zeker', { medical: 'medisch' }, 'opp-medisch'],
    [[row(null)], 'zeker', { basis: true }, 'opp-vervallen'],
    [[row('2026-08-01', '2027-07-31')], 'zeker', null, undefined],
  ];
  for (const [rows, opp, cycle, flag] of cases) {
    const facts = pupilFacts(rows, opp, cycle);
    const page = rodArrangement.check(facts, { today: PEIL, evaluationsAdvised: 2 });
    const flags = rodFlags(facts, PEIL);
    expect(flag ? flags : flags.filter((f) => f !== 'geen-einddatum'), `${page.message}`).toEqual(flag ? [flag, ...flags.slice(1)] : []);
    // A flag the report calls ontbreekt is exactly a page fail.
    expect(['opp-zonder-arrangement', 'opp-te-laat'].includes(flag ?? ''), page.message).toBe(page.status === 'fail');
  }
});
