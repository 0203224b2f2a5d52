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
import type { PupilMemory } from '../../lib/check/core';

const TODAY = '2026-11-28';
/** Addresses that say nothing about the page: the page's own words must. */
const URL_OF = { parnassys: 'https://wijs.parnassys.net/bao/leerling?7-1.ILinkListener-content', topdossier: 'https://wijs-demo.topdossier.nl/app?5' };

interface Case {
  name: string;
  facts: PageFacts;
  page: string;
  findings: Record<string, string>;
  oppKnown?: true;
  pair?: string;
}

const fixtureCases: Case[] = Object.entries(FIXTURE_FACTS).map(([name, facts]) => {
  const expected = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures', `${name}.expected.json`), 'utf8')) as { page: string; findings: Record<string, string> };
  return { name, facts, page: expected.page, findings: expected.findings };
});
const CASES: Case[] = [...fixtureCases, ...EXTRA_CASES];

const tally = { pairs: 0, agree: 0, skipped: [] as string[], falseFails: [] as string[], pagePairs: new Map<string, boolean[]>() };

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
    const memory: PupilMemory | undefined = c.oppKnown ? { opp: { how: 'topdossier' } } : undefined;
    const check = checkHtml(rendered, { url: URL_OF[app], today: TODAY, ...(memory ? { pupil: memory } : {}) });
    const got = { page: check.report.page, findings: Object.fromEntries(check.report.findings.map((x) => [x.rule, x.status])) };
    for (const [rule, status] of Object.entries(got.findings)) if (status === 'fail' && c.findings[rule] !== 'fail') tally.falseFails.push(`${c.name} × ${f.id} ${rule}`);
    const pairKey = c.pair ? `${c.pair} × ${f.id}` : null;
    if (pairKey) tally.pagePairs.set(pairKey, [...(tally.pagePairs.get(pairKey) ?? []), false]);
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
    if (pairKey) tally.pagePairs.get(pairKey)!.splice(-1, 1, true);
  });
});

afterAll(() => {
  const pagePairs = [...tally.pagePairs.values()];
  const pairsAgree = pagePairs.filter((p) => p.length === 2 && p.every(Boolean)).length;
  console.log(`\nvariant corpus: ${tally.agree} of ${tally.pairs} fixture × family pairs agree (${CASES.length} pages × ${FAMILIES.length} families), ${tally.falseFails.length} false fails${tally.falseFails.length ? `: ${tally.falseFails.join(', ')}` : ''}, ${tally.skipped.length} skipped:`);
  console.log(`  empty beside running, OPP known: ${pairsAgree} of ${pagePairs.length} page pairs agree (every empty one red, every running one clean)`);
  for (const s of tally.skipped) console.log(`  skipped ${s}`);
});
