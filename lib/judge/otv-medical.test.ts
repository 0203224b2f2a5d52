import { describe, expect, it } from 'vitest';
import { facts } from '../../test/support/facts';
import { otvMedical, otvSeen } from './otv-medical';

describe('the medical exception of an onderwijstijdverkorting', () => {
  const otv = (reden: string, extra?: string) => otvMedical(facts({ otv: 'Ja', 'otv.reden': reden, ...(extra ? { 'extra-vanaf-start': extra } : {}) }));
  it('a medical reason, in the field\'s words, Dutch and English', () => {
    expect(otv('Wekelijkse behandeling in het ziekenhuis')).toBe('medisch');
    expect(otv('Revalidatie na een ongeluk')).toBe('medisch');
    expect(otv('Chronisch ziek (medische aandoening), kan niet volledig aanwezig zijn')).toBe('medisch');
    expect(otv('Medical treatment in hospital twice a week')).toBe('medisch');
    expect(otv('Rehabilitation; chronically ill')).toBe('medisch');
  });
  it('medical and another reason: an exception only when no extra ondersteuning is recorded', () => {
    expect(otv('Ziekenhuisbehandeling en gedrag in de klas')).toBe('gemengd');
    expect(otv('Hospital treatment and anxiety', 'Nee')).toBe('gemengd');
    expect(otv('Ziekenhuisbehandeling en gedrag in de klas', 'Ja')).toBeNull();
  });
  it('no exception without a medical word, or without onderwijstijdverkorting', () => {
    expect(otv('Overprikkeling, gedrag')).toBeNull();
    expect(otvMedical(facts({ otv: 'Nee', 'otv.reden': '' }))).toBeNull();
    expect(otvMedical(facts({ handelingsdeel: 'behandeling door logopedist' }))).toBeNull();
  });
});

const withOtv = (flag: string, reden: string) => facts({ otv: flag, 'otv.reden': reden });

describe('a treatment is no medical reason by itself', () => {
  it('"behandeling bij de GGZ" or "treatment by a psychologist" is no exception; one in hospital, or named medical, is', () => {
    expect(otvMedical(withOtv('Ja', 'Behandeling bij de GGZ op dinsdagochtend.'))).toBeNull();
    expect(otvMedical(withOtv('Yes', 'Weekly treatment by a psychologist.'))).toBeNull();
    expect(otvMedical(withOtv('Ja', 'Behandeling in het ziekenhuis (dialyse) drie ochtenden per week.'))).toBe('medisch');
    expect(otvMedical(withOtv('Yes', 'Medical treatment after surgery.'))).toBe('medisch');
  });
});

describe('what is remembered of the exception', () => {
  it('a page without the part (another tab, not loaded) knows nothing of it: otvSeen is false, so nothing is forgotten', () => {
    expect(otvSeen({ readable: true, parts: {} })).toBe(false);
    expect(otvSeen(withOtv('Nee', ''))).toBe(true);
  });
});
