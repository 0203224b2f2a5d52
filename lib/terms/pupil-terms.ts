/**
 * How pages name the pupil they are about, and the words that show a pupil has an OPP.
 * Tested against folded text (lower case, no diacritics).
 */
import { matchTerm, type Term } from './term';

export type PupilPart = 'naam' | 'geboortedatum' | 'groep';

export const PUPIL_TERMS: readonly Term<PupilPart>[] = [
  { part: 'geboortedatum', pattern: /^(geboortedatum|geb\.?( ?dat(\.|um)?)?|geboren( op)?|date of birth|birth ?date)$/ },
  { part: 'naam', pattern: /^(naam( leerling| van de leerling)?|leerling(naam)?|volledige naam|name|student|pupil)$/ },
  { part: 'groep', pattern: /^(groep|klas|jaargroep|stamgroep|group)$/ },
];

/** Headers of a list or an export that hold one part of the pupil's name. */
export const NAME_PART_TERMS: readonly Term<'voornaam' | 'tussenvoegsel' | 'achternaam'>[] = [
  { part: 'achternaam', pattern: /^(achternaam|geslachtsnaam|familienaam|surname|last ?name)$/ },
  { part: 'voornaam', pattern: /^(voornaam|voornamen|roepnaam|first ?name|given name)$/ },
  { part: 'tussenvoegsel', pattern: /^(tussenvoegsels?|voorvoegsels?|tv)$/ },
];

/** What a column header of a list or an export says of the pupil (folded header), or null. */
export function pupilColumnOf(folded: string): PupilPart | 'voornaam' | 'tussenvoegsel' | 'achternaam' | null {
  return matchTerm(folded, '', NAME_PART_TERMS)?.part ?? matchTerm(folded, '', PUPIL_TERMS)?.part ?? null;
}

/** A birth date written into a header line: "Lotte Bakker, geboren 04-07-2017". */
export const BORN_INLINE = /\b(geboren|geb\.)(\s+op)?\s*:?\s*/i;
/** A piece of a line that labels its date a birth date ("geb. 7-4-2015", "Geboortedatum: …", "geb.dat."). Folded text. */
export const BIRTH_LABEL = /\b(geboortedatum|geboren|geb\.?\s?dat(um|\.)?|geb\b\.?|date of birth|birth ?date|born|d\.o\.b\.?)/;

/** Sections about other people than the pupil: a "Naam" there is theirs. */
export const OTHER_PEOPLE = /\b(ouders?|verzorgers?|moeder|vader|gezaghebbende|contact(persoon|personen)?|medewerker|leerkracht(en)?|mentor|begeleider|intern begeleider|ib'?er|directeur|gebruiker|behandelaar|hulpverlener|broers?|zus(sen)?|broertjes?|zusjes?|gezin(sleden|ssamenstelling)?|siblings?|parents?|guardians?|teachers?)\b/;

/**
 * Words of the apps, their menus and people's roles that are never part of a pupil's name
 * ("Groep School Beheer Overzichten", "Leerkracht Esther Wolters", "IB Harm Kok"). Folded.
 */
export const NOT_A_NAME = new Set([
  'leerling', 'leerlingen', 'leerlingkaart', 'groep', 'groepen', 'school', 'beheer', 'overzicht', 'overzichten', 'leerkracht', 'mentor',
  'ib', "ib'er", 'iber', 'intern', 'begeleider', 'ontwikkelingsperspectief', 'ontwikkelingsperspectiefplan', 'opp', 'dossier', 'onderwijs',
  'passend', 'personalia', 'absentie', 'toetsen', 'rapport', 'begeleiding', 'instellingen', 'uitloggen', 'menu', 'start', 'home', 'zoeken',
  'dashboard', 'topdossier', 'parnassys', 'bericht', 'berichten', 'ouder', 'ouders', 'moeder', 'vader', 'verzorger', 'directeur', 'juf',
  'meester', 'arrangement', 'welkom', 'profiel', 'account', 'help', 'mevr', 'mevrouw', 'dhr', 'heer', 'mw', 'hr', 'orthopedagoog', 'logopedist',
  'schoolloopbaan', 'notities', 'documenten', 'nieuw', 'terug', 'opslaan', 'bewerken', 'details', 'gegevens', 'samenvatting', 'pdf',
  'naam', 'geboortedatum', 'geboren', 'plan', 'handelingsplan', 'groeidocument', 'verslag', 'evaluatie',
]);

/** Surname particles written in lower case between the given name and the surname. */
export const TUSSENVOEGSELS = new Set(['de', 'den', 'der', 'van', 'von', 'ter', 'ten', 'te', 'het', "'t", 'in', 'op', 'la', 'le', 'du', 'da', 'di', 'del', 'dos', 'das', 'al', 'el', 'bin', 'ben']);

/** Words on the page that show the pupil has an OPP (ParnasSys, docs/regels.md#stappen-registreren-opp-bij-rod). */
/** Providers of cluster 1 (visual) and 2 (hearing, language) support, as pages and exports name them. Folded text. */
export const CLUSTER_PROVIDER = /\b(kentalis|auris|visio|bartimeus|cluster ?[12]|siméa|simea)\b/;

export const OPP_SIGNALS: readonly { id: 'cluster' | 'otv' | 'document'; pattern: RegExp }[] = [
  { id: 'cluster', pattern: CLUSTER_PROVIDER },
  { id: 'otv', pattern: /\bonderwijstijd\s?verkorting|verkorte onderwijstijd\b/ },
  { id: 'document', pattern: /\b(opp|ontwikkelingsperspectief(plan)?)\b[^.\n]{0,40}\.pdf\b|\bopp[ _-]?\d{4}\b/ },
];
