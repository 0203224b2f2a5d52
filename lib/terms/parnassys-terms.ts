/** ParnasSys labels for onderwijsarrangementen (seed, "Stappen registreren OPP bij ROD"). */
import type { Term } from './term';

export const ARRANGEMENT_PARTS = ['begin', 'einde', 'opmerkingen', 'begeleider', 'swv'] as const;
export type ArrangementPart = (typeof ARRANGEMENT_PARTS)[number];

export const ARRANGEMENT_TERMS: readonly Term<ArrangementPart>[] = [
  { part: 'begin', pattern: /^(begindatum|ingangsdatum|startdatum|datum (begin|ingang|start)|van)$/, sources: ['seed'] },
  { part: 'einde', pattern: /^(einddatum|datum einde|tot( en met)?|t\/m)$/, sources: ['seed'] },
  { part: 'opmerkingen', pattern: /^(opmerkingen?|omschrijving|toelichting)$/, sources: ['seed'] },
  { part: 'begeleider', pattern: /^(begeleider|ambulant begeleider)$/, sources: ['seed'] },
  { part: 'swv', pattern: /^(samenwerkingsverband|swv)$/, sources: ['seed'] },
];
