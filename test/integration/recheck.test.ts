/**
 * The re-check while typing re-reads only the field typed in. It must always agree with
 * reading the whole page again: for every control of every OPP fixture, emptied or filled.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../lib/check-page';
import { fixtureCases } from './fixture-cases';

const OPP = fixtureCases().filter((c) => c.expected.page === 'opp' && c.expected.app === 'topdossier');
const statuses = (r: { findings: { rule: string; status: string }[] }) => Object.fromEntries(r.findings.map((f) => [f.rule, f.status]));

describe.each(OPP.map((c) => [c.name, c] as const))('%s', (_, c) => {
  it('gives the same findings incrementally as from a full read, for every control', () => {
    const url = 'https://a.topdossier.nl/opp/1';
    const doc = new JSDOM(c.html, { url }).window.document;
    const opts = { url, today: '2026-11-28', loaded: true };
    let check = checkPage(doc, opts);
    const controls = Array.from(doc.querySelectorAll('textarea, input:not([type=radio]):not([type=checkbox]), select'));
    for (const control of controls) {
      for (const value of ['', 'Een echte toelichting van de school.']) {
        if (control.tagName === 'SELECT') (control as HTMLSelectElement).selectedIndex = value ? 1 : 0;
        else (control as HTMLInputElement).value = value;
        const incremental = check.recheck?.(control) ?? checkPage(doc, opts);
        expect(statuses(incremental.report)).toEqual(statuses(checkPage(doc, opts).report));
        check = incremental;
      }
    }
    // Two full reads per control in jsdom: slow by design, so no timing is asserted here (see npm run bench).
  }, 60_000);
});
