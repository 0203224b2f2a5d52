import { describe, expect, it } from 'vitest';
import { consentOf, gezagCount } from './consent';

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
