/** The ROD rules per ParnasSys page kind: each kind lists every rule that applies to it. */
import type { ParnassysFacts } from '../facts/parnassys-facts';
import type { Rule } from './rule';
import arrangement from './rules/rod.arrangement';
import einddatum from './rules/rod.einddatum';
import overlap from './rules/rod.overlap';
import melding from './rules/rod.melding';
import pdf from './rules/rod.pdf';

export const PARNASSYS_RULES: Record<ParnassysFacts['kind'], readonly Rule<ParnassysFacts>[]> = {
  student: [arrangement],
  arrangements: [arrangement, einddatum, overlap],
  rod: [melding],
  documents: [pdf, arrangement],
};

export const ALL_ROD_RULES: readonly Rule<ParnassysFacts>[] = [arrangement, einddatum, overlap, melding, pdf];
