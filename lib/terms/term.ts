/**
 * A term dictionary entry and how a label is matched against a dictionary. The dictionaries
 * themselves (OPP parts, ParnasSys fields, settings, the pupil) are beside this file: domain
 * words, used by the readers (lib/read/) and the board policy (lib/settings/) alike.
 */
import type { OppPart } from './opp-terms';
import type { TermSource } from './term-sources';

export interface Term<P extends string = OppPart> {
  part: P;
  /** Tested against the folded label (lower case, no diacritics, no trailing colon). */
  pattern: RegExp;
  weak?: boolean;
  /** For weak terms: the enclosing section's heading must match this to make them sure. */
  context?: RegExp;
  /** A board-policy synonym: the folded word or phrase itself, for the prefilter (label-keywords.ts). */
  literal?: string;
  /** Where the wording was seen (term-sources.ts): a public format, the board's guidance (docs/regels.md), docs/domein.md. */
  sources?: readonly TermSource[];
}

export interface TermMatch<P extends string = OppPart> {
  part: P;
  weak: boolean;
}

/**
 * The part a folded label names, or null. Long texts are prose, never labels. `context`
 * (the section the label stands in) is asked for only when a generic word needs it.
 */
export function matchTerm<P extends string>(
  foldedLabel: string,
  context: string | (() => string),
  terms: readonly Term<P>[],
): TermMatch<P> | null {
  if (foldedLabel === '' || foldedLabel.length > 90) return null;
  for (const term of terms) {
    if (!term.pattern.test(foldedLabel)) continue;
    if (term.weak && term.context) return { part: term.part, weak: !term.context.test(typeof context === 'string' ? context : context()) };
    return { part: term.part, weak: term.weak === true };
  }
  return null;
}

const ANY = new WeakMap<readonly Term<string>[], RegExp>();

/** One regular expression that matches whatever any term of a dictionary matches: a cheap first test. */
export function anyTerm(terms: readonly Term<string>[]): RegExp {
  let re = ANY.get(terms);
  if (!re) {
    re = new RegExp(terms.map((t) => `(?:${t.pattern.source})`).join('|'), 'u');
    ANY.set(terms, re);
  }
  return re;
}
