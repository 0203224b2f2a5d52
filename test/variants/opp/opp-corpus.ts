/**
 * Every OPP fixture's content rendered in every markup family and checked like a page: the
 * verdicts per pair, and the figure issue #12 asks for, *controleren* per complete OPP.
 * Shared by the test (opp-variants.test.ts) and `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkHtml } from '../../../cli/check-html';
import { isSkip } from '../facts';
import { FAMILIES } from '../families';
import { OPP_FAMILIES } from './families';
import { OPP_FIXTURE_FACTS } from './opp-fixture-facts';

export const TODAY = '2026-11-28';
/** An address that says nothing about the page: the page's own words must. */
const URL = 'https://wijs-demo.topdossier.nl/app?5';

/** The rules of the OPP's mandatory parts and its yearly evaluation (docs/regels.md#inhoudelijke-vereisten-aan-het-opp). */
const PART_RULES = ['opp.factoren', 'opp.handelingsdeel', 'opp.instemming', 'opp.uitstroomprofiel', 'opp.onderbouwing', 'opp.hoorrecht', 'opp.evaluatie'];

export interface OppPair {
  fixture: string;
  family: string;
  html: string;
  expected: { page: string; findings: Record<string, string> };
  got: { page: string; findings: Record<string, string> };
  /** Every mandatory part of the fixture is in order: a complete OPP. */
  complete: boolean;
}

export interface OppCorpus {
  pairs: OppPair[];
  skipped: string[];
  /** Review verdicts on rendered complete OPPs, and how many such pages. */
  reviews: number;
  /** Of those, reviews where the fixture itself says something else: the page did say. */
  needless: number;
  completePages: number;
  /** A fail where the fixture expects none: the false alarm users stop trusting us for. */
  falseFails: string[];
  /** A pass where the fixture expects a fail: a missing part let through. */
  misses: string[];
}

function expectedOf(fixture: string): OppPair['expected'] {
  const e = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures', `${fixture}.expected.json`), 'utf8')) as OppPair['expected'];
  return { page: e.page, findings: e.findings };
}

export function runOppCorpus(): OppCorpus {
  const out: OppCorpus = { pairs: [], skipped: [], reviews: 0, needless: 0, completePages: 0, falseFails: [], misses: [] };
  for (const [fixture, doc] of Object.entries(OPP_FIXTURE_FACTS)) {
    const expected = expectedOf(fixture);
    const complete = PART_RULES.every((r) => expected.findings[r] === 'pass');
    for (const family of [...FAMILIES, ...OPP_FAMILIES]) {
      const html = family.renderOpp(doc);
      if (isSkip(html)) {
        out.skipped.push(`${fixture} × ${family.id}: ${html.skip}`);
        continue;
      }
      const report = checkHtml(html, { url: URL, today: TODAY }).report;
      const got = { page: report.page, findings: Object.fromEntries(report.findings.map((f) => [f.rule, f.status])) };
      out.pairs.push({ fixture, family: family.id, html, expected, got, complete });
      const where = `${fixture} × ${family.id}`;
      for (const [rule, status] of Object.entries(got.findings)) {
        const want = expected.findings[rule];
        if (status === 'fail' && want !== 'fail') out.falseFails.push(`${where}: ${rule}`);
        if (status !== 'fail' && want === 'fail') out.misses.push(`${where}: ${rule} ${status}`);
      }
      if (complete) {
        out.completePages++;
        for (const [rule, status] of Object.entries(got.findings)) {
          if (status !== 'review') continue;
          out.reviews++;
          if (expected.findings[rule] !== 'review') out.needless++;
        }
      }
    }
  }
  return out;
}

/** The figure as one line, for the test output and the bench. */
export function describeCorpus(c: OppCorpus): string {
  const agree = c.pairs.filter(sameFindings).length;
  return `OPP variant corpus: ${agree} of ${c.pairs.length} fixture × family pairs agree; controleren per complete OPP ${reviewsPerOpp(c).toFixed(2)} (${c.reviews} over ${c.completePages} pages, target ≤ 0.2; ${c.needless} where the page did say); false fails ${c.falseFails.length}, misses ${c.misses.length}`;
}

export const reviewsPerOpp = (c: OppCorpus) => (c.completePages ? c.reviews / c.completePages : 0);

export function sameFindings(p: OppPair): boolean {
  return p.got.page === p.expected.page && JSON.stringify(sorted(p.got.findings)) === JSON.stringify(sorted(p.expected.findings));
}

const sorted = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
