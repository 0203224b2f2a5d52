/**
 * The prefilter may let too much through, never too little: a label it drops is a part
 * reported missing. For every dictionary entry, strings generated from its own pattern,
 * written as a page might (capitals, diacritics, odd white space, "*", ":", "(verplicht)"),
 * must pass.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { synonymTerms } from '../settings/policy';
import { foldLabel } from '../text';
import { labelKeywords, mayHoldLabel, type Dictionary } from './label-keywords';
import { OPP_TERMS } from '../terms/opp-terms';
import { type Term } from '../terms/term';
import { ARRANGEMENT_TERMS } from '../terms/parnassys-terms';
import { PUPIL_TERMS } from '../terms/pupil-terms';
import { SETTINGS_TERMS } from '../terms/settings-terms';

const DICTIONARIES: [Dictionary, readonly Term<string>[]][] = [
  ['opp', OPP_TERMS],
  ['settings', SETTINGS_TERMS],
  ['pupil', PUPIL_TERMS],
  ['arrangement', ARRANGEMENT_TERMS],
];

const ACCENTED: Record<string, string> = { a: 'á', e: 'ë', i: 'ï', o: 'ö', u: 'ü' };

/** A folded label as a page could write it; foldLabel gives the same label back. */
const asWritten = (folded: string) =>
  fc
    .record({
      caps: fc.array(fc.boolean(), { minLength: folded.length, maxLength: folded.length }),
      accents: fc.boolean(),
      space: fc.constantFrom(' ', '  ', '\n  ', '\u00a0', '\t'),
      before: fc.constantFrom('', '* ', '• ', ' '),
      after: fc.constantFrom('', ':', ' *', ' (verplicht):', '?', ' :'),
    })
    .map(({ caps, accents, space, before, after }) => {
      let text = [...folded].map((ch, i) => (caps[i] ? ch.toUpperCase() : ch)).join('');
      if (accents) text = text.replace(/[aeiou]/, (v) => ACCENTED[v]!);
      return `${before}${text.replace(/ /g, space)}${after}`;
    });

// fast-check generates from a pattern but knows no \b and no lookahead; without them a pattern
// matches more, never less (and the generated strings are filtered by the real pattern below).
const generator = (pattern: RegExp) => fc.stringMatching(new RegExp(withoutLookaheads(pattern.source.replaceAll('\\b', '')), pattern.flags));

/** A pattern's source without its "(?!…)" and "(?=…)" groups, however deeply nested. */
function withoutLookaheads(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (source.startsWith('(?!', i) || source.startsWith('(?=', i)) {
      let depth = 0;
      for (; i < source.length; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '(') depth++;
        else if (source[i] === ')' && --depth === 0) break;
      }
    } else out += source[i];
  }
  return out;
}

describe('label prefilter', () => {
  for (const [dictionary, terms] of DICTIONARIES) {
    const keywords = labelKeywords([dictionary]);
    for (const term of terms) {
      it(`lets every "${term.part}" label of the ${dictionary} dictionary through (${term.pattern.source.slice(0, 40)}…)`, () => {
        fc.assert(
          fc.property(
            generator(term.pattern)
              .map((s) => foldLabel(s))
              .filter((s) => s.length > 0 && s.length <= 90 && term.pattern.test(s))
              .chain((folded) => asWritten(folded).map((raw) => ({ folded, raw }))),
            ({ folded, raw }) => {
              expect(foldLabel(raw)).toBe(folded);
              expect(mayHoldLabel(keywords, raw)).toBe(true);
            },
          ),
          { numRuns: 200 },
        );
        // Generous: 200 generated labels per entry, and the whole suite shares two cores.
      }, 30_000);
    }
  }

  it('lets a board-policy synonym through, and only where it is used', () => {
    const terms = synonymTerms({ uitstroom: ['Route na de basisschool'] });
    expect(mayHoldLabel(labelKeywords(['opp'], terms), 'Route  na de basisschool:')).toBe(true);
    expect(mayHoldLabel(labelKeywords(['opp']), 'Route na de basisschool')).toBe(false);
  });

  it('keeps out the filler real pages are made of', () => {
    const keywords = labelKeywords(['opp', 'settings', 'pupil']);
    for (const text of ['Menu-item 12', 'Tekst bij melding 3 over de groep.', 'gelezen', '12-09-2026', 'Opmerking:', 'Uitloggen']) {
      expect(mayHoldLabel(keywords, text), text).toBe(false);
    }
  });
});
