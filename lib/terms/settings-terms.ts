/**
 * Labels of Topdossier's school settings (docs/regels.md#privacy-en-topdossier): 2FA for the
 * school and the retention period (bewaartermijnen, "automatisch" = removed 5 years after
 * unenrolment). Synonyms from how Dutch school software names the same settings.
 */
import type { Term } from './term';

export const SETTINGS_PARTS = ['2fa', 'bewaartermijn'] as const;
export type SettingsPart = (typeof SETTINGS_PARTS)[number];

export const SETTINGS_TERMS: readonly Term<SettingsPart>[] = [
  { part: '2fa', pattern: /^(2fa|2-fa|twee[- ]?factor[- ]?authenticatie|tweestapsverificatie|twee[- ]staps[- ]?verificatie|two[- ]factor|2-staps|verplichte? 2fa|2fa (verplicht|voor medewerkers|inschakelen|aan))\b/, sources: ['seed'] },
  { part: 'bewaartermijn', pattern: /^(bewaartermijnen?|bewaartermijn leerlingen|automatisch verwijderen|leerlingen automatisch verwijderen|verwijderen na uitschrijving)\b/, sources: ['seed'] },
];
