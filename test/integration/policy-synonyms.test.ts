/**
 * A board that names a part in its own words (policy "oppSynonyms") gets that part read,
 * also where the label is plain text that the reader's word prefilter has never heard of.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../lib/check-page';
import type { Term } from '../../lib/terms/term';
import { synonymTerms } from '../../lib/settings/policy';

const PRINT_VIEW = readFileSync(join(import.meta.dirname, '../fixtures/opp/c-print-view.html'), 'utf8');
// The board's word for hoorrecht, in a heading of a read-only print view.
const OWN_WORDS = PRINT_VIEW.replace('<h2>Hoorrecht</h2>', '<h2>Zienswijze van het kind</h2>');

function hoorrecht(extraTerms: Term[] = []) {
  const doc = new JSDOM(OWN_WORDS, { url: 'https://school.topdossier.nl/opp/7' }).window.document;
  const report = checkPage(doc, { url: 'https://school.topdossier.nl/opp/7', today: '2026-11-28', loaded: true, extraTerms }).report;
  return report.findings.find((f) => f.rule === 'opp.hoorrecht');
}

describe('board-policy synonyms', () => {
  it('do not exist for the reader without the policy: the part is not found', () => {
    expect(hoorrecht()?.status).not.toBe('pass');
  });

  it('make the part found and read with the policy', () => {
    const finding = hoorrecht(synonymTerms({ hoorrecht: ['Zienswijze van het kind'] }));
    expect(finding?.status).toBe('pass');
    expect(finding?.evidence.map((e) => e.label)).toContain('Zienswijze van het kind');
  });
});
