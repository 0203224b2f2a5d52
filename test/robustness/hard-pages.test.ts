/** Huge, deeply nested, framed and half-loaded pages: no crash, no false fail. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../lib/check-page';
import { bigOppPage } from '../../bench/generate-page';

const URL_OPP = 'https://a.topdossier.nl/opp/1';
const complete = readFileSync(join(import.meta.dirname, '../fixtures/opp/a-wicket-table.html'), 'utf8');
const check = (html: string, loading = false) => {
  const dom = new JSDOM(html, { url: URL_OPP });
  // jsdom parses in one go; a browser reading a page mid-load says so in readyState.
  if (loading) Object.defineProperty(dom.window.document, 'readyState', { value: 'loading' });
  return checkPage(dom.window.document, { url: URL_OPP, today: '2026-11-28', loaded: !loading }).report;
};
const fails = (r: ReturnType<typeof check>) => r.findings.filter((f) => f.status === 'fail').map((f) => f.rule);

describe('hard pages', () => {
  it('reads a 50,000-element OPP page without a false fail', { timeout: 120_000 }, () => {
    const report = check(bigOppPage(50_000));
    expect(report.page).toBe('opp');
    expect(fails(report)).toEqual([]);
  });

  it('survives an OPP nested 3,000 elements deep', { timeout: 60_000 }, () => {
    const open = '<div>'.repeat(3000);
    const close = '</div>'.repeat(3000);
    const body = complete.slice(complete.indexOf('<body>') + 6, complete.indexOf('</body>'));
    const report = check(`<!DOCTYPE html><html><head><title>OPP</title></head><body>${open}${body}${close}</body></html>`);
    expect(report.page).toBe('opp');
    expect(fails(report)).toEqual([]);
  });

  it('does not guess about an OPP inside an iframe: it can\'t see it, so no fail', () => {
    const report = check('<!DOCTYPE html><html><head><title>Ontwikkelingsperspectiefplan</title></head><body><h1>Ontwikkelingsperspectiefplan</h1><iframe srcdoc="<p>Hoorrecht</p>"></iframe></body></html>');
    expect(report.findings.every((f) => f.status === 'review')).toBe(true);
  });

  // 95 pages read one after another: seconds on a busy machine, so not the default 5 s limit.
  it('reads a page still loading (cut off halfway) without a false fail', { timeout: 60_000 }, () => {
    for (let cut = 0.05; cut < 1; cut += 0.01) {
      const report = check(complete.slice(0, Math.floor(complete.length * cut)), true);
      expect(fails(report), `cut at ${cut.toFixed(2)}`).toEqual([]);
    }
  });
});
