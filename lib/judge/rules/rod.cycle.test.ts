import { describe, expect, it } from 'vitest';
import type { ParnassysFacts } from '../../facts/parnassys-facts';
import arrangement from './rod.arrangement';
import pdf from './rod.pdf';

const ctx = (today: string) => ({ today, evaluationsAdvised: 2 as const });
const base = (over: Partial<ParnassysFacts>): ParnassysFacts => ({
  kind: 'arrangements', arrangements: [], formOpen: false, rodPerspectives: null, remembered: null,
  opp: { known: true, how: 'topdossier', start: '2025-10-01' }, ...over,
});
const running = (begin: string, end = '') => [{ begin, end, label: 'Begindatum', where: 'td' }];

describe('rod.arrangement: the year around the OPP', () => {
  it('no arrangement: in time up to 14 days after the start, then the red ! says how late', () => {
    expect(arrangement.check(base({}), ctx('2025-10-15'))).toMatchObject({ status: 'review', message: 'rod.arrangement.review.termijn', params: { tot: '15-10-2025' } });
    expect(arrangement.check(base({}), ctx('2025-11-07'))).toMatchObject({ status: 'fail', message: 'rod.arrangement.fail.laat', params: { datum: '01-10-2025', dagen: 37 } });
  });
  it('a running arrangement begun more than 14 days from the OPP\'s start: controleren, with both dates', () => {
    expect(arrangement.check(base({ arrangements: running('01-12-2025') }), ctx('2026-01-10'))).toMatchObject({ status: 'review', message: 'rod.arrangement.review.begindatum', params: { begin: '01-12-2025', opp: '01-10-2025' } });
    expect(arrangement.check(base({ arrangements: running('14-10-2025') }), ctx('2026-01-10')).status).toBe('pass');
  });
  it('back at basisondersteuning: an open arrangement is asked about; no arrangement is no fail', () => {
    expect(arrangement.check(base({ basis: true, arrangements: running('01-10-2025') }), ctx('2026-01-10'))).toMatchObject({ status: 'review', message: 'rod.arrangement.review.vervallen' });
    expect(arrangement.check(base({ basis: true, arrangements: running('01-10-2025', '31-12-2025') }), ctx('2026-01-10')).status).toBe('review');
    expect(arrangement.check(base({ basis: true, arrangements: running('01-10-2025', '31-07-2026') }), ctx('2026-01-10')).status).toBe('pass');
  });
  it('the medical exception: controleren, with the exception explained, instead of the red !', () => {
    const medisch = base({ opp: { known: true, how: 'topdossier', start: '2025-10-01', medical: 'medisch' } });
    expect(arrangement.check(medisch, ctx('2026-01-10'))).toMatchObject({ status: 'review', message: 'rod.arrangement.review.medisch' });
    const gemengd = base({ opp: { known: true, how: 'topdossier', medical: 'gemengd' } });
    expect(arrangement.check(gemengd, ctx('2026-01-10'))).toMatchObject({ status: 'review', message: 'rod.arrangement.review.gemengd' });
  });
  it('without the OPP\'s start date: the red ! as before', () => {
    expect(arrangement.check(base({ opp: { known: true, how: 'topdossier' } }), ctx('2025-10-02'))).toMatchObject({ status: 'fail', message: 'rod.arrangement.fail' });
  });
});

describe('rod.pdf: the yearly PDF in the dossier', () => {
  const doc = (d: Partial<NonNullable<ParnassysFacts['documents']>['list'][number]>) => ({ opp: true, dates: [], months: [], schoolYears: [], ago: [], unreadable: false, where: 'li', ...d });
  const docs = (...list: ReturnType<typeof doc>[]) => base({ kind: 'documents', arrangements: null, documents: { list, where: 'h2', label: 'Dossier' } });
  it('in orde with an OPP of this school year; controleren with last year\'s, none, or one of unknown date; never ontbreekt', () => {
    expect(pdf.check(docs(doc({ dates: ['2025-09-15'] })), ctx('2026-03-01'))).toMatchObject({ status: 'pass', params: { jaar: '2025-2026' } });
    expect(pdf.check(docs(doc({ dates: ['2025-07-31'] })), ctx('2026-03-01'))).toMatchObject({ status: 'review', message: 'rod.pdf.review.oud' });
    expect(pdf.check(docs(doc({ opp: false, dates: ['2025-09-15'] })), ctx('2026-03-01'))).toMatchObject({ status: 'review', message: 'rod.pdf.review' });
    expect(pdf.check(docs(doc({ unreadable: true })), ctx('2026-03-01'))).toMatchObject({ status: 'review', message: 'rod.pdf.review.datum' });
    expect(pdf.check(docs(), ctx('2026-03-01')).status).toBe('review');
  });
  it('no OPP known for the pupil: nothing to ask', () => {
    expect(pdf.check({ ...docs(doc({ dates: ['2025-09-15'] })), opp: { known: false } }, ctx('2026-03-01')).status).toBe('n/a');
  });
});
