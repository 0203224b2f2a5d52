/**
 * Pages in markup families no renderer of the variant corpus builds, written by someone who
 * never saw the readers, with the verdicts and the pupil fixed before any reader ran on them
 * (test/fixtures/unseen/README.md). Each page: its page kind, every finding, and the pupil it is
 * about (the same canonical key as written). Prints how many verdicts agree, and how many are
 * false alarms, misses and needless "controleren".
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkHtml } from '../../cli/check-html';
import { canonicalName } from '../../lib/privacy/pupil-key';
import { readPupil } from '../../lib/read/pupil-reader';
import type { PupilMemory } from '../../lib/check/core';

const DIR = join(import.meta.dirname, '../fixtures/unseen');

interface Unseen {
  why: string;
  family?: string;
  today: string;
  url: string;
  app: string;
  page: string;
  memory?: { opp: 'topdossier' };
  pupil: { name: string; birth: string } | null;
  findings?: Record<string, string>;
  /**
   * A verdict OPP-wijzer is known to give otherwise, with why: counted apart in the tally and
   * never hidden. Only for a verdict that is milder than written (never a fail where it is not).
   */
  known?: Record<string, { status: string; why: string }>;
}

const cases = readdirSync(DIR, { recursive: true, encoding: 'utf8' })
  // The dossier pages have their own test and tally (unseen-dossier.test.ts).
  .filter((f) => f.endsWith('.expected.json') && !f.startsWith('dossier'))
  .sort()
  .map((f) => ({
    name: f.replace('.expected.json', ''),
    html: readFileSync(join(DIR, f.replace('.expected.json', '.html')), 'utf8'),
    expected: JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Unseen,
  }));

const tally = { verdicts: 0, agree: 0, falseFails: [] as string[], misses: [] as string[], needlessReviews: [] as string[], tooMild: [] as string[], known: [] as string[], pupils: 0, pupilsRight: 0 };

describe.each(cases)('$name', ({ name, html, expected }) => {
  const memory: PupilMemory | undefined = expected.memory ? { opp: { how: 'topdossier' } } : undefined;
  const check = checkHtml(html, { url: expected.url, today: expected.today, ...(memory ? { pupil: memory } : {}) });

  if (expected.findings) {
    it(`${expected.why}`, () => {
      const got = Object.fromEntries(check.report.findings.map((f) => [f.rule, f.status]));
      for (const [rule, want] of Object.entries(expected.findings!)) {
        tally.verdicts++;
        const status = got[rule];
        if (status === want) tally.agree++;
        else if (status === 'fail') tally.falseFails.push(`${name} ${rule}`);
        else if (want === 'fail') tally.misses.push(`${name} ${rule} (${status})`);
        else if (status === 'review') tally.needlessReviews.push(`${name} ${rule}`);
        else tally.tooMild.push(`${name} ${rule} (${status}, want ${want})`);
        if (expected.known?.[rule]) tally.known.push(`${name} ${rule}`);
      }
      const known = Object.fromEntries(Object.entries(expected.known ?? {}).map(([rule, k]) => [rule, k.status]));
      for (const [rule, k] of Object.entries(expected.known ?? {})) expect(k.status, `${rule}: a known difference is never a fail`).not.toBe('fail');
      expect({ app: check.report.app, page: check.report.page, findings: got }).toEqual({ app: expected.app, page: expected.page, findings: { ...expected.findings, ...known } });
    });
  }

  it('reads the pupil it is about, or no one', () => {
    tally.pupils++;
    const pupil = readPupil(check.document);
    const got = pupil && { name: canonicalName(pupil.name), birth: pupil.birth };
    const want = expected.pupil && { name: canonicalName(expected.pupil.name), birth: expected.pupil.birth };
    expect(got).toEqual(want);
    tally.pupilsRight++;
  });
});

afterAll(() => {
  const list = (xs: string[]) => (xs.length ? `: ${xs.join(', ')}` : '');
  console.log(
    `\nunseen pages: ${cases.length}; ${tally.agree} of ${tally.verdicts} verdicts as written, ${tally.falseFails.length} false fails${list(tally.falseFails)}, ` +
      `${tally.misses.length} misses${list(tally.misses)}, ${tally.needlessReviews.length} needless controleren${list(tally.needlessReviews)}, ` +
      `${tally.tooMild.length} milder than written${list(tally.tooMild)} (${tally.known.length} of all differences known and explained in the page's expected.json); pupil right on ${tally.pupilsRight} of ${tally.pupils}`,
  );
});
