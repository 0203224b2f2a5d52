/** ParnasSys labels for onderwijsarrangementen (seed, "Stappen registreren OPP bij ROD"). */
import type { Term } from './term';

export type ArrangementPart = 'begin' | 'einde' | 'opmerkingen' | 'begeleider' | 'swv';

export const ARRANGEMENT_TERMS: readonly Term<ArrangementPart>[] = [
  { part: 'begin', pattern: /^(begindatum|ingangsdatum|startdatum|datum (begin|ingang|start)|van)$/ },
  { part: 'einde', pattern: /^(einddatum|datum einde|tot( en met)?|t\/m)$/ },
  { part: 'opmerkingen', pattern: /^(opmerkingen?|omschrijving|toelichting)$/ },
  { part: 'begeleider', pattern: /^(begeleider|ambulant begeleider)$/ },
  { part: 'swv', pattern: /^(samenwerkingsverband|swv)$/ },
];
