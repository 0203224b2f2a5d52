import { describe, expect, it } from 'vitest';
import { matchTerm } from '../terms/term';
import { foldLabel } from '../text';
import { synonymTerms, validatePolicy } from './policy';
import { effectiveSettings } from './user-options';

const RULES = ['opp.hoorrecht', 'opp.termijn', 'rod.overlap'];

describe('validatePolicy', () => {
  it('takes every valid key', () => {
    const { policy, problems } = validatePolicy(
      { language: 'en', evaluationsAdvised: 1, disabledChecks: ['opp.termijn'], oppSynonyms: { hoorrecht: ['Leerlingperspectief'] } },
      RULES,
    );
    expect(problems).toEqual([]);
    expect(policy).toEqual({ language: 'en', evaluationsAdvised: 1, disabledChecks: ['opp.termijn'], oppSynonyms: { hoorrecht: ['Leerlingperspectief'] } });
  });

  it('ignores an invalid value and says which and why, keeping the rest', () => {
    const { policy, problems } = validatePolicy({ language: 'de', evaluationsAdvised: 3, disabledChecks: ['opp.bestaatniet'], theme: 'dark', oppSynonyms: { hoorrecht: 'los woord' } }, RULES);
    expect(policy).toEqual({});
    expect(problems.map((p) => p.key).sort()).toEqual(['disabledChecks', 'evaluationsAdvised', 'language', 'oppSynonyms', 'theme']);
    expect(problems.find((p) => p.key === 'disabledChecks')).toEqual({ key: 'disabledChecks', reason: 'policy.problem.unknown-check', detail: 'opp.bestaatniet' });
    expect(problems.find((p) => p.key === 'theme')?.reason).toBe('policy.problem.unknown-key');
  });

  it('says so when the policy is not an object at all', () => {
    expect(validatePolicy('ja', RULES).problems).toEqual([{ key: '(policy)', reason: 'policy.problem.not-object' }]);
  });
});

describe('synonymTerms', () => {
  it('lets a board name a part in its own words', () => {
    const terms = synonymTerms({ hoorrecht: ['Leerlingperspectief'] });
    expect(matchTerm(foldLabel('Leerlingperspectief:'), '', terms)?.part).toBe('hoorrecht');
    expect(matchTerm(foldLabel('Leerlingperspectieven'), '', terms)).toBeNull();
  });
  it('treats regex characters in a synonym as text', () => {
    const terms = synonymTerms({ handelingsdeel: ['Plan (aanpak)'] });
    expect(matchTerm(foldLabel('Plan (aanpak)'), '', terms)?.part).toBe('handelingsdeel');
  });
});

describe('effectiveSettings', () => {
  it('lets the board\'s policy win over the user, and says what it locked', () => {
    const e = effectiveSettings('nl', { language: 'nl', evaluationsAdvised: 2, disabledChecks: ['opp.hoorrecht'] }, { language: 'en', disabledChecks: ['opp.termijn'] });
    expect(e).toEqual({ lang: 'en', evaluationsAdvised: 2, disabledChecks: ['opp.termijn'], lockedByPolicy: ['language', 'disabledChecks'] });
  });
  it('falls back to the user, then the browser and the defaults', () => {
    expect(effectiveSettings('en', {}, {})).toEqual({ lang: 'en', evaluationsAdvised: 2, disabledChecks: [], lockedByPolicy: [] });
  });
});
