/**
 * ParnasSys dossier (documents) pages written by a helper who never saw the readers, with the
 * verdict of `rod.pdf` and the pupil fixed before any reader ran on them
 * (test/fixtures/unseen/README.md, `dossier/`). The rule asks only for a pupil with a known OPP,
 * so each page is checked as if the pupil's OPP was opened in Topdossier before; the pages call
 * their kind "dossier", OPP-wijzer "documents". Prints the tally as unseen.test.ts does.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkHtml } from '../../cli/check-html';
import { canonicalName } from '../../lib/privacy/pupil-key';
import { readPupil } from '../../lib/read/pupil-reader';

const DIR = join(import.meta.dirname, '../fixtures/unseen/dossier');

interface UnseenDossier {
  why: string;
  family?: string;
  today: string;
  url: string;
  app: string;
  page: string;
  pupil: { name: string; birth: string } | null;
  findings: { 'rod.pdf': string };
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => ({
    name: f.replace('.expected.json', ''),
    html: readFileSync(join(DIR, f.replace('.expected.json', '.html')), 'utf8'),
    expected: JSON.parse(readFileSync(join(DIR, f), 'utf8')) as UnseenDossier,
  }));

const PAGE: Record<string, string> = { dossier: 'documents' };
const tally = { verdicts: 0, agree: 0, falseFails: [] as string[], needlessReviews: [] as string[], tooMild: [] as string[], pupils: 0, pupilsRight: 0, pupilsUnread: [] as string[] };

describe.each(cases)('$name', ({ name, html, expected }) => {
  const check = checkHtml(html, { url: expected.url, today: expected.today, pupil: { opp: { how: 'topdossier' } } });

  it(`${expected.why}`, () => {
    const want = expected.findings['rod.pdf'];
    const got = check.report.findings.find((f) => f.rule === 'rod.pdf')?.status;
    tally.verdicts++;
    if (got === want) tally.agree++;
    else if (got === 'fail') tally.falseFails.push(name);
    else if (got === 'review') tally.needlessReviews.push(name);
    else tally.tooMild.push(`${name} (${got ?? 'not judged'}, want ${want})`);
    expect(got, 'never ontbreekt: documents are named freely').not.toBe('fail');
    expect({ app: check.report.app, page: check.report.page, 'rod.pdf': got }).toEqual({ app: expected.app, page: PAGE[expected.page] ?? expected.page, 'rod.pdf': want });
  });

  // The pupil reader is not what these pages were written for: a pupil not read is counted (the
  // next thing to read better; the page's rule then has no memory to go on), a wrong one fails.
  it('reads the pupil it is about, or no one; never someone else', () => {
    tally.pupils++;
    const pupil = readPupil(check.document);
    const got = pupil && { name: canonicalName(pupil.name), birth: pupil.birth };
    const want = expected.pupil && { name: canonicalName(expected.pupil.name), birth: expected.pupil.birth };
    if (got === null && want !== null) {
      tally.pupilsUnread.push(name);
      return;
    }
    expect(got).toEqual(want);
    tally.pupilsRight++;
  });
});

afterAll(() => {
  const list = (xs: string[]) => (xs.length ? `: ${xs.join(', ')}` : '');
  console.log(
    `\nunseen dossier pages: ${cases.length}; ${tally.agree} of ${tally.verdicts} rod.pdf verdicts as written, ${tally.falseFails.length} false fails${list(tally.falseFails)}, ` +
      `${tally.needlessReviews.length} needless controleren${list(tally.needlessReviews)}, ${tally.tooMild.length} other${list(tally.tooMild)}; pupil right on ${tally.pupilsRight} of ${tally.pupils}, not read on ${tally.pupilsUnread.length}${list(tally.pupilsUnread)}`,
  );
});
