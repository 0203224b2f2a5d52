/** ParnasSys labels for onderwijsarrangementen (docs/regels.md#stappen-registreren-opp-bij-rod). */
import type { Term } from './term';

export const ARRANGEMENT_PARTS = ['begin', 'einde', 'opmerkingen', 'begeleider', 'swv', 'status'] as const;
export type ArrangementPart = (typeof ARRANGEMENT_PARTS)[number];

export const ARRANGEMENT_TERMS: readonly Term<ArrangementPart>[] = [
  // A period in one field ("Periode: 01-08-2026 t/m 31-07-2027") is read as a begin with its end (lib/period-text.ts).
  { part: 'begin', pattern: /^(begindatum|ingangsdatum|startdatum|datum (begin|ingang|start)|van|vanaf|begin|start|ingang|periode|looptijd|geldig van|geldigheid)$/, sources: ['seed'] },
  { part: 'einde', pattern: /^(einddatum|datum einde|tot( en met)?|t\/m|eind|einde|geldig tot|afloopdatum|datum afloop|vervaldatum|beeindigd op|stopdatum)$/, sources: ['seed'] },
  { part: 'opmerkingen', pattern: /^(opmerkingen?|omschrijving|toelichting|arrangement|soort( arrangement)?|type( arrangement)?|onderwijsarrangement)$/, sources: ['seed'] },
  { part: 'status', pattern: /^(status|stand)$/ },
  { part: 'begeleider', pattern: /^(begeleider|ambulant begeleider)$/, sources: ['seed'] },
  { part: 'swv', pattern: /^(samenwerkingsverband|swv)$/, sources: ['seed'] },
];
