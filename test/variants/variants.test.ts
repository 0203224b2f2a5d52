/**
 * The markup-variant corpus: every ParnasSys and settings fixture's facts, rendered in
 * every markup family, must give the fixture's own verdicts and the same pupil. Prints how
 * many pairs agree, and which were skipped and why.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkHtml } from '../../cli/check-html';
import { findDates } from '../../lib/dates';
import { canonicalName } from '../../lib/privacy/pupil-key';
import { readPupil } from '../../lib/read/pupil-reader';
import { isSkip, type PageFacts } from './facts';
import { FAMILIES } from './families';
import { EXTRA_CASES, FIXTURE_FACTS } from './fixture-facts';

const TODAY = '2026-11-28';
/** Addresses that say nothing about the page: the page's own words must. */
const URL_OF = { parnassys: 'https://wijs.parnassys.net/bao/leerling?7-1.ILinkListener-content', topdossier: 'https://wijs-demo.topdossier.nl/app?5' };

interface Case {
  name: string;
  facts: PageFacts;
  page: string;
  findings: Record<string, string>;
}

const fixtureCases: Case[] = Object.entries(FIXTURE_FACTS).map(([name, facts]) => {
  const expected = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures', `${name}.expected.json`), 'utf8')) as { page: string; findings: Record<string, string> };
  return { name, facts, page: expected.page, findings: expected.findings };
});
const CASES: Case[] = [...fixtureCases, ...EXTRA_CASES];

const tally = { pairs: 0, agree: 0, skipped: [] as string[] };

const pairs = CASES.flatMap((c) => FAMILIES.map((f) => ({ c, f, label: `${c.name} × ${f.id}` })));

describe.each(pairs)('$label', ({ c, f }) => {
  const rendered = f.render(c.facts);
  if (isSkip(rendered)) {
    tally.skipped.push(`${c.name} × ${f.id}: ${rendered.skip}`);
    it.skip(`skipped: ${rendered.skip}`, () => undefined);
    return;
  }
  it('gives the fixture\'s verdicts and the same pupil', () => {
    tally.pairs++;
    const app = c.facts.kind === 'settings' ? 'topdossier' : 'parnassys';
    const check = checkHtml(rendered, { url: URL_OF[app], today: TODAY });
    const got = { page: check.report.page, findings: Object.fromEntries(check.report.findings.map((x) => [x.rule, x.status])) };
    expect(got, rendered).toEqual({ page: c.page, findings: c.findings });
    if (c.facts.kind !== 'settings') {
      const pupil = readPupil(check.document);
      const birth = findDates(c.facts.pupil.birth)[0];
      expect(pupil && { name: canonicalName(pupil.name), birth: pupil.birth }, rendered).toEqual({
        name: canonicalName(c.facts.pupil.name),
        birth: birth?.ok ? birth.iso : '',
      });
    }
    tally.agree++;
  });
});

afterAll(() => {
  console.log(`\nvariant corpus: ${tally.agree} of ${tally.pairs} fixture × family pairs agree (${CASES.length} pages × ${FAMILIES.length} families), ${tally.skipped.length} skipped:`);
  for (const s of tally.skipped) console.log(`  skipped ${s}`);
});
