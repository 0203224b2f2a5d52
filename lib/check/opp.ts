import type { OppFacts } from '../facts/opp-facts';
import { allReview, judge } from '../judge/judge';
import { OPP_RULES } from '../judge/opp-rules';
import { startOf } from '../judge/dates-of';
import { otvMedical, otvSeen } from '../judge/otv-medical';
import { readOpp } from '../read/opp-reader';
import { saysOpp } from '../read/page-kind';
import { readPupil } from '../read/pupil-reader';
import { coreFound, result, type Base, type PageCheck } from './core';

/** An OPP, in Topdossier or in ParnasSys' own OPP module. */
export function checkOpp(doc: Document, base: Base): PageCheck | null {
  // The pupil first: a part's label may call them by name ("Mening van Lieke").
  const pupil = readPupil(doc);
  const reading = readOpp(doc, base.options.extraTerms, pupil?.name ?? null);
  // The page's own title naming an OPP suffices; otherwise three core parts must be there.
  if (coreFound(reading.facts) < 3 && !saysOpp(doc)) return null;
  const judged = (facts: OppFacts): PageCheck => {
    const findings = facts.readable ? judge(OPP_RULES, facts, base.ctx, base.lang) : allReview(OPP_RULES, base.lang);
    return result(base, 'opp', findings, {
      readable: facts.readable,
      anchors: reading.anchors,
      pupil,
      oppStart: startOf(facts).dates[0] ?? null,
      // Unread, or the part not on this page (another tab, not loaded): nothing is known, so nothing
      // remembered is forgotten (undefined); read and not medical: null, the exception is gone.
      otvMedical: facts.readable && otvSeen(facts) ? otvMedical(facts) : undefined,
      recheck: (control) => {
        const next = reading.refresh(control);
        return next ? judged(next) : null;
      },
    });
  };
  return judged(reading.facts);
}

checkOpp.reads = ['opp', 'pupil'] as const;
