import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { refusal } from './refusal';
import { TUSSENVOEGSELS } from '../terms/pupil-terms';

describe('what may be remembered as a label: never pupil data', () => {
  it.each([
    ['Route na de basisschool', null],
    ['Wat vindt de leerling zelf?', null],
    ['Toelichting bij de keuze', null],
    ['', 'leeg'],
    ['Geboren 30-06-2016', 'cijfers'],
    ['Groep 6', 'cijfers'],
    ['Evaluatie 2026', 'cijfers'],
    ['Mening van Jesse', 'naam'],
    ['Hoe kijkt BOS ertegenaan', 'naam'],
    ['Hij wil de teksten eerst thuis lezen en dat doen we nu ook elke week samen', 'te-veel-woorden'],
    ['x'.repeat(81), 'te-lang'],
  ] as const)('"%s" → %s', (label, reason) => {
    expect(refusal(label, 'Jesse Bos')).toBe(reason);
  });

  it('a particle of the name ("de", "van") alone is no name', () => {
    expect(refusal('Mening van de leerling', 'Sem de Vries')).toBeNull();
    expect(refusal('Wat zegt Sem?', 'Sem de Vries')).toBe('naam');
  });

  it('property: a text with a digit or a date is never remembered', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 9 }), fc.string({ maxLength: 40 }), (before, digit, after) => {
        expect(refusal(`${before}${digit}${after}`, null)).not.toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), fc.constantFrom('Datum', 'Getekend op', ''), (d, word) => {
        const date = `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
        expect(refusal(`${word} ${date}`.trim(), null)).toBe('cijfers');
      }),
    );
  });

  it('property: a text holding the pupil\'s first or last name is never remembered', () => {
    // A name, not a particle ("Van", "Den"): particles are skipped on purpose.
    const word = fc.stringMatching(/^[A-Z][a-z]{2,9}$/).filter((w) => !TUSSENVOEGSELS.has(w.toLowerCase()));
    fc.assert(
      fc.property(word, word, fc.constantFrom('Mening van', 'Wat wil', 'Gesprek met'), fc.boolean(), (first, last, lead, useFirst) => {
        const label = `${lead} ${useFirst ? first : last}`;
        expect(refusal(label, `${first} ${last}`)).toBe('naam');
      }),
    );
  });
});
