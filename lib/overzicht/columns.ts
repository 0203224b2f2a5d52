/**
 * The columns of a ParnasSys "Dynamisch overzicht" export, by meaning: the seed names the
 * one that matters ("onderwijsarrangement peildatum (ingangsdatum)"); the rest are how
 * school administrations name a pupil's details. Tested against folded header text.
 */
export type Column = 'naam' | 'voornaam' | 'tussenvoegsel' | 'achternaam' | 'geboortedatum' | 'groep' | 'begin' | 'einde' | 'swv' | 'opmerkingen';

export const COLUMNS: readonly { column: Column; pattern: RegExp }[] = [
  // Dates first: "Onderwijsarrangement einddatum" is an end date, not an arrangement.
  { column: 'einde', pattern: /\b(einddatum|datum einde|eind ?datum)\b|\barrangement\w*\b.*\beind/ },
  { column: 'begin', pattern: /\bonderwijsarrangement\b|\barrangement\w*\b.*\b(peildatum|ingangsdatum|begin|start)|^(ingangsdatum|begindatum|startdatum)( arrangement)?$|^peildatum\b/ },
  { column: 'geboortedatum', pattern: /^(geboortedatum|geb\.?( ?datum)?|geboren( op)?|date of birth|birth ?date)$/ },
  { column: 'achternaam', pattern: /^(achternaam|geslachtsnaam|familienaam|surname|last ?name)$/ },
  { column: 'voornaam', pattern: /^(voornaam|voornamen|roepnaam|first ?name|given name)$/ },
  { column: 'tussenvoegsel', pattern: /^(tussenvoegsels?|voorvoegsels?|tv)$/ },
  { column: 'naam', pattern: /^(naam|leerling|naam leerling|leerlingnaam|volledige naam|name|student|pupil)$/ },
  { column: 'groep', pattern: /^(groep|klas|jaargroep|stamgroep|group)$/ },
  { column: 'swv', pattern: /^(samenwerkingsverband|swv)\b/ },
  { column: 'opmerkingen', pattern: /^(opmerkingen?|toelichting|omschrijving|bijzonderheden|remarks?)\b|arrangement\w* (opmerking|omschrijving)/ },
];

/** Providers of cluster 1 (visual) and 2 (hearing, language) support, named in remarks. */
export const CLUSTER_PROVIDER = /\b(kentalis|auris|visio|bartimeus|simea|cluster ?[12])\b/;
