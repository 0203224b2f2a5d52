import '../i18n-ui';
import { describe, expect, it } from 'vitest';
import { BASIS_FACTORS, oppNeeded, type Answers, type BasisFactor } from './opp-needed';
import { localeTables } from '../i18n';

/** Every combination: 2^4 yes/no questions × every subset of the six factors. */
function* everyAnswer(): Generator<Answers> {
  for (let mask = 0; mask < 16; mask++) {
    for (let sub = 0; sub < 1 << BASIS_FACTORS.length; sub++) {
      yield {
        externalFunds: !!(mask & 1),
        reducedHours: !!(mask & 2),
        belowOneF: !!(mask & 4),
        specialEducation: !!(mask & 8),
        factors: BASIS_FACTORS.filter((_, i) => sub & (1 << i)) as BasisFactor[],
      };
    }
  }
}

describe('Is een OPP nodig?', () => {
  const all = [...everyAnswer()];

  it('covers every combination of answers', () => expect(all).toHaveLength(16 * 64));

  it('requires an OPP whenever the board guidance says extra support (level 4 or 5), whatever the factors', () => {
    for (const a of all) {
      const advice = oppNeeded(a);
      if (a.specialEducation) expect(advice).toMatchObject({ verdict: 'required', level: '5', registerRod: true });
      else if (a.externalFunds || a.belowOneF) expect(advice).toMatchObject({ verdict: 'required', level: '4', registerRod: true });
      else if (a.reducedHours) expect(advice).toMatchObject({ verdict: 'required-leerplicht', registerRod: true });
    }
  });

  it('in basisondersteuning: one factor needs no OPP, several let the school choose', () => {
    for (const a of all) {
      if (a.specialEducation || a.externalFunds || a.belowOneF || a.reducedHours) continue;
      const advice = oppNeeded(a);
      expect(advice.level).toBe('1-3');
      expect(advice.registerRod).toBe(false);
      expect(advice.verdict).toBe(a.factors.length >= 2 ? 'may' : 'not-needed');
    }
  });

  it('reminds that the 1F line is agreed with parents and noted in ParnasSys', () => {
    expect(oppNeeded({ externalFunds: false, reducedHours: false, belowOneF: false, specialEducation: false, factors: ['uitstroom1f'] }).reasons).toContain('needed.reason.1f');
  });

  it('gives a reason and a source for every advice, in both languages', () => {
    for (const a of all) {
      const advice = oppNeeded(a);
      expect(advice.reasons.length).toBeGreaterThan(0);
      for (const key of [...advice.reasons, advice.source]) for (const table of Object.values(localeTables)) expect(table[key], key).toBeTruthy();
    }
  });
  it('onderwijstijdverkorting for a medical reason: an OPP, but not registered for ROD (the medical exception)', () => {
    const base = { externalFunds: false, reducedHours: true, belowOneF: false, specialEducation: false, factors: [] };
    expect(oppNeeded({ ...base, medicalReason: true })).toMatchObject({ verdict: 'required-leerplicht', registerRod: false, medicalException: true });
    expect(oppNeeded({ ...base, medicalReason: false }).registerRod).toBe(true);
    // Extra support besides: registered after all.
    expect(oppNeeded({ ...base, medicalReason: true, externalFunds: true }).registerRod).toBe(true);
  });
});
