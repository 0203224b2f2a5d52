/**
 * The OPP markup-variant corpus: every OPP fixture's content, rendered in every markup
 * family, must give the fixture's own verdicts. Prints the figure of issue #12:
 * *controleren* per complete OPP (target ≤ 0.2), with 0 false fails and 0 misses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { describeCorpus, reviewsPerOpp, runOppCorpus, sameFindings } from './opp-corpus';

const corpus = runOppCorpus();

describe.each(corpus.pairs)('$fixture × $family', (pair) => {
  it("gives the fixture's verdicts", () => {
    expect(sameFindings(pair) ? 'agree' : { got: pair.got, expected: pair.expected, page: pair.html }).toBe('agree');
  });
});

describe('over the whole corpus', () => {
  it('every fixture is rendered by every family (nothing skipped silently)', () => {
    expect(corpus.skipped).toEqual([]);
    expect(corpus.completePages).toBeGreaterThan(0);
  });
  it('raises no false alarm and lets no missing part through', () => {
    expect({ falseFails: corpus.falseFails, misses: corpus.misses }).toEqual({ falseFails: [], misses: [] });
  });
  it('asks to check (controleren) at most 0.2 times per complete OPP, and only where the page does not say', () => {
    expect(reviewsPerOpp(corpus)).toBeLessThanOrEqual(0.2);
    expect(corpus.needless).toBe(0);
  });
});

afterAll(() => {
  console.log(`\n${describeCorpus(corpus)}`);
});
