import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../dates';
import { canonicalName, newSalt, pupilKey, schemeOneKey } from './pupil-key';

const stripMarks = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** A pupil as a school would name them: given names, a particle or none, one or two surnames. */
const pupil = fc.record({
  given: fc.array(fc.constantFrom('Noor', 'Zoë', 'Daan', 'Anne-Sophie', 'Jérôme', 'Lotte', 'Chloë', 'Mohamed', 'Sem', 'Iñaki', 'Øyvind'), { minLength: 1, maxLength: 2 }),
  particle: fc.constantFrom('', 'van', 'de', 'van der', 'van den', 'ter', "in 't", 'el'),
  surnames: fc.array(fc.constantFrom('Dijk', 'Vries', 'Bakker', 'Çelik', 'Amrani', 'Kramer', 'Brouwer', "D'Souza", 'Nguyễn'), { minLength: 1, maxLength: 2 }),
  born: fc.date({ min: new Date('2012-01-01T00:00:00Z'), max: new Date('2021-12-31T00:00:00Z'), noInvalidDate: true }),
});

type Pupil = { given: string[]; particle: string; surnames: string[] };

/** Every way the two apps and their lists may write the same pupil's name. */
function writtenForms(p: Pupil): string[] {
  const given = p.given.join(' ');
  const surname = p.surnames.join('-');
  const particle = p.particle ? `${p.particle} ` : '';
  return [
    `${given} ${particle}${surname}`,
    `${particle}${surname}, ${given}`,
    `${surname}, ${given}${p.particle ? ` ${p.particle}` : ''}`,
    `${surname.toUpperCase()}, ${given} ${p.particle}`.trim(),
    stripMarks(`${given} ${particle}${surname}`),
    `${given} ${particle}${p.surnames.join(' - ')}`,
    `${given} ${particle}${surname}`.replace(/'/g, '’'),
    `  ${given}   ${particle}${surname}  (groep 5)`,
  ];
}

/** Every way a page writes the birth date. */
function writtenDates(d: Date): string[] {
  const day = d.getUTCDate();
  const month = d.getUTCMonth() + 1;
  const year = d.getUTCFullYear();
  const two = (n: number) => String(n).padStart(2, '0');
  return [`${two(day)}-${two(month)}-${year}`, `${day}-${month}-${year}`, `${day} ${MONTHS[month - 1]} ${year}`, `${year}-${two(month)}-${two(day)}`, `${two(day)}/${two(month)}/${year}`];
}

describe('the canonical pupil key', () => {
  it('is the same for every way a page writes the same pupil (property)', async () => {
    const salt = newSalt();
    await fc.assert(
      fc.asyncProperty(pupil, async (p) => {
        const names = new Set(writtenForms(p).map(canonicalName));
        expect(names.size, JSON.stringify([...names])).toBe(1);
        const births = new Set(writtenDates(p.born).map((t) => findDates(t)[0]).map((r) => (r?.ok ? r.iso : 'unread')));
        expect([...births]).toEqual([p.born.toISOString().slice(0, 10)]);
        const keys = new Set(await Promise.all(writtenForms(p).map((n) => pupilKey(salt, n, [...births][0]!))));
        expect(keys.size).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  it('tells apart pupils whose names differ in a letter, a word or the birth date', async () => {
    const salt = newSalt();
    const a = await pupilKey(salt, 'Noor van Dijk', '2017-03-14');
    expect(await pupilKey(salt, 'Noor van Dijk', '2017-03-15')).not.toBe(a);
    expect(await pupilKey(salt, 'Noor van Dijken', '2017-03-14')).not.toBe(a);
    expect(await pupilKey(salt, 'Noor Dijk', '2017-03-14')).not.toBe(a);
    expect(await pupilKey(salt, 'Noa van Dijk', '2017-03-14')).not.toBe(a);
  });

  it('writes the forms of the issue the same', () => {
    const one = canonicalName('Noor van Dijk');
    for (const n of ['van Dijk, Noor', 'Dijk, Noor van', 'DIJK, Noor van', 'Dijk, Noor van (14-3-2017)', 'noor VAN dijk']) expect(canonicalName(n), n).toBe(one);
    expect(canonicalName('Zoë Kramer')).toBe(canonicalName('Zoe Kramer'));
    expect(canonicalName('Jansen-de Vries, Sanne')).toBe(canonicalName('Sanne Jansen de Vries'));
  });

  it('depends on the installation\'s salt and holds nothing readable', async () => {
    const a = await pupilKey(newSalt(), 'Lotte Bakker', '2017-07-04');
    const b = await pupilKey(newSalt(), 'Lotte Bakker', '2017-07-04');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the scheme-1 key only for names scheme 1 wrote otherwise', async () => {
    const salt = newSalt();
    expect(await schemeOneKey(salt, 'Lotte Bakker', '2017-07-04')).toBeNull();
    const former = await schemeOneKey(salt, 'Sanne Jansen-de Vries', '2017-07-04');
    expect(former).toMatch(/^[0-9a-f]{64}$/);
    expect(former).not.toBe(await pupilKey(salt, 'Sanne Jansen-de Vries', '2017-07-04'));
  });
});
