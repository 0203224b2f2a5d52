/**
 * The columns of a ParnasSys "Dynamisch overzicht" export, by meaning: the board's guidance
 * names the one that matters, "onderwijsarrangement peildatum (ingangsdatum)"
 * (docs/regels.md#overzicht-aangemelde-opps); the pupil's columns
 * come from the pupil dictionary (lib/terms/pupil-terms.ts). Tested against folded header text.
 */
import { pupilColumnOf } from '../terms/pupil-terms';

export type Column = 'naam' | 'voornaam' | 'tussenvoegsel' | 'achternaam' | 'geboortedatum' | 'groep' | 'begin' | 'einde' | 'swv' | 'opmerkingen';

/** The export's own columns; the pupil's (name parts, birth date, group) are the pupil dictionary's. */
export const COLUMNS: readonly { column: Column; pattern: RegExp }[] = [
  // Dates first: "Onderwijsarrangement einddatum" is an end date, not an arrangement.
  { column: 'einde', pattern: /\b(einddatum|datum einde|eind ?datum)\b|\barrangement\w*\b.*\beind/ },
  { column: 'begin', pattern: /\bonderwijsarrangement\b|\barrangement\w*\b.*\b(peildatum|ingangsdatum|begin|start)|^(ingangsdatum|begindatum|startdatum)( arrangement)?$|^peildatum\b/ },
  { column: 'swv', pattern: /^(samenwerkingsverband|swv)\b/ },
  // What the arrangement is ("cluster 2 (Kentalis)"): remarks, a description, its kind, or a column named after it.
  { column: 'opmerkingen', pattern: /^(opmerkingen?|toelichting|omschrijving|bijzonderheden|remarks?|soort( arrangement)?|type( arrangement)?|arrangement(en)?|onderwijsarrangement(en)?|description)\b|arrangement\w* (opmerking|omschrijving|soort|type)/ },
];

/** The column a folded header names, or null. */
export function columnOf(folded: string): Column | null {
  return COLUMNS.find((c) => c.pattern.test(folded))?.column ?? pupilColumnOf(folded);
}
