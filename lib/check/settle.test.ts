import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageCheck } from '../check/core';
import type { Finding } from '../contract';
import { SETTLE_MAX_MS, SETTLE_MS, settler } from './settle';

const finding = (rule: string, status: Finding['status']): Finding => ({ rule, status, message: status, evidence: [] });
const checkOf = (...findings: Finding[]): PageCheck => ({
  report: { app: 'topdossier', page: 'opp', findings },
  readable: true,
  anchors: new Map(),
  pupil: null,
  oppStart: null,
  periods: null,
});
const statuses = (c: PageCheck) => Object.fromEntries(c.report.findings.map((f) => [f.rule, f.status]));

describe('holding new fails while the page settles', () => {
  let confirm: ReturnType<typeof vi.fn<() => void>>;
  let abort: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    confirm = vi.fn<() => void>();
    abort = new AbortController();
  });
  afterEach(() => vi.useRealTimers());

  it('shows a part that just went missing as review, and reads again once the page is quiet', () => {
    const s = settler(confirm, abort.signal);
    const shown = s.hold(checkOf(finding('opp.hoorrecht', 'pass')), checkOf(finding('opp.hoorrecht', 'fail')), 'nl');
    expect(statuses(shown)).toEqual({ 'opp.hoorrecht': 'review' });
    expect(shown.report.findings[0]!.message).toBe('De pagina wordt bijgewerkt; OPP-wijzer kijkt zo nog eens.');
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(confirm).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(confirm).toHaveBeenCalledOnce();
  });

  it('waits again while changes keep coming, and reads once', () => {
    const s = settler(confirm, abort.signal);
    let shown = s.hold(checkOf(finding('opp.handelingsdeel', 'pass')), checkOf(finding('opp.handelingsdeel', 'fail')), 'en');
    vi.advanceTimersByTime(SETTLE_MS / 2);
    shown = s.hold(shown, checkOf(finding('opp.handelingsdeel', 'fail')), 'en');
    expect(statuses(shown)).toEqual({ 'opp.handelingsdeel': 'review' });
    vi.advanceTimersByTime(SETTLE_MS / 2);
    expect(confirm).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(confirm).toHaveBeenCalledOnce();
  });

  it('lets a fail that was already there, or on a first look, stand at once', () => {
    const s = settler(confirm, abort.signal);
    expect(statuses(s.hold(null, checkOf(finding('opp.instemming', 'fail')), 'nl'))).toEqual({ 'opp.instemming': 'fail' });
    expect(statuses(s.hold(checkOf(finding('opp.instemming', 'fail')), checkOf(finding('opp.instemming', 'fail')), 'nl'))).toEqual({ 'opp.instemming': 'fail' });
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('reads nothing again once the extension has gone', () => {
    const s = settler(confirm, abort.signal);
    s.hold(checkOf(finding('opp.factoren', 'pass')), checkOf(finding('opp.factoren', 'fail')), 'nl');
    abort.abort();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('a page that never goes quiet holds a fail at most SETTLE_MAX_MS, then reads again (a ticker cannot hide an emptied part)', () => {
    const s = settler(confirm, abort.signal);
    let shown = s.hold(checkOf(finding('opp.hoorrecht', 'pass')), checkOf(finding('opp.hoorrecht', 'fail')), 'nl');
    // The page changes every 250 ms; each change is read again and held again.
    for (let t = 250; t < SETTLE_MAX_MS; t += 250) {
      vi.advanceTimersByTime(250);
      shown = s.hold(shown, checkOf(finding('opp.hoorrecht', 'fail')), 'nl');
    }
    expect(confirm).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(confirm).toHaveBeenCalledTimes(1);
  });
});
