import { describe, expect, it } from 'vitest';
import { consentOf, gezagCount, readConsent } from './consent';

describe('consentOf', () => {
  it.each(['Ja', 'ja, digitaal ingestemd op 30-09-2024', 'Akkoord', 'Ouders hebben ingestemd', 'Getekend', '30-09-2024', 'Geen bezwaar'])(
    '"%s" is consent',
    (v) => expect(consentOf(v)).toBe('yes'),
  );
  it.each(['Nee', 'Niet akkoord', 'Nog niet ingestemd', 'In afwachting van ouders', 'Uitnodiging verstuurd', '', 'nee'])(
    '"%s" is no consent',
    (v) => expect(consentOf(v)).toBe('no'),
  );
  it('cannot tell from unrelated words', () => expect(consentOf('zie gespreksverslag')).toBe('unknown'));
});

describe('gezagCount', () => {
  it('counts yes/no per parent', () => expect(gezagCount(['ja', 'ja'])).toBe(2));
  it('reads words', () => {
    expect(gezagCount(['Beide ouders'])).toBe(2);
    expect(gezagCount(['Eén (moeder)'])).toBe(1);
  });
  it('says nothing when the page says nothing', () => expect(gezagCount([])).toBeNull());
});

describe('consent written as a sentence', () => {
  it.each([
    ['Vader en moeder, beiden met gezag, zijn akkoord sinds 12-10-2025', { consent: 'yes', gave: 2, custody: 2 }],
    ['Moeder heeft als enige met gezag getekend op 03-11-2025', { consent: 'yes', gave: 1, custody: 1 }],
    ['Digitaal ingestemd via Topdossier op 14-10-2025', { consent: 'yes', gave: null, custody: null }],
    ['Moeder heeft getekend; vader (ook gezag) nog niet', { consent: 'yes', gave: 1, custody: 2 }],
    ['Ouders zijn niet akkoord met het handelingsdeel.', { consent: 'no', gave: null }],
    ['Instemming gevraagd op 01-10-2025, nog geen reactie', { consent: 'no', gave: null }],
    ['Both parents with custody consented on 12 October 2025', { consent: 'yes', gave: 2, custody: 2 }],
    ['Mother signed; she has sole custody', { consent: 'yes', gave: 1, custody: 1 }],
  ] as const)('"%s"', (sentence, expected) => {
    expect(readConsent(sentence)).toMatchObject(expected);
  });
});

describe('"voor gezien" is no consent (parents saw the OPP; the handelingsdeel needs "voor akkoord")', () => {
  it.each([
    ['Voor gezien getekend op 07-10-2025', 'unknown'],
    ['Ouders hebben het OPP voor gezien getekend', 'unknown'],
    ['Voor gezien', 'unknown'],
    ['Voor gezien en voor akkoord getekend door beide ouders', 'yes'],
    ['Voor gezien getekend; handelingsdeel nog niet ondertekend', 'no'],
  ] as const)('"%s" → %s', (sentence, consent) => {
    expect(readConsent(sentence).consent).toBe(consent);
  });
});
