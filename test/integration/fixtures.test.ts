/**
 * Every fixture page, read and judged as the extension and the CLI do, against the
 * findings written by hand beside it (axe-core's integration tests are the model): each
 * rule of the page kind exactly once, with the expected status; nothing else.
 */
import { describe, expect, it } from 'vitest';
import { checkHtml } from '../../cli/check-html';
import { ReportSchema } from '../../lib/contract';
import { fixtureCases, optionsOf } from './fixture-cases';


describe.each(fixtureCases())('$name', ({ html, expected }) => {
  const { report } = checkHtml(html, optionsOf(html, expected));

  it(`${expected.why}`, () => {
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect({ app: report.app, page: report.page }).toEqual({ app: expected.app, page: expected.page });
    const got = Object.fromEntries(report.findings.map((f) => [f.rule, f.status]));
    expect(got).toEqual(expected.findings);
    expect(report.findings.length).toBe(Object.keys(expected.findings).length);
  });

  it('gives evidence for every fail, and never quotes what the school wrote', () => {
    for (const f of report.findings) {
      if (f.status === 'fail') expect(f.evidence.length, f.rule).toBeGreaterThan(0);
      for (const e of f.evidence) expect(e.label.length).toBeLessThanOrEqual(120);
    }
    // Pupil names and diagnoses stay on the page: evidence holds labels and locators only.
    const evidence = JSON.stringify(report.findings.map((f) => f.evidence));
    for (const secret of ['Sem de Vries', 'Noor Jansen', 'Lotte Bakker', 'Daan Smit', 'TOS', 'IQ 74', 'Dyscalculie']) {
      expect(evidence).not.toContain(secret);
    }
  });
});
