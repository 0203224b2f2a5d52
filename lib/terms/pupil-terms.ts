/**
 * How pages name the pupil they are about, and the words that show a pupil has an OPP.
 * Tested against folded text (lower case, no diacritics).
 */
import type { Term } from './term';

export type PupilPart = 'naam' | 'geboortedatum' | 'groep';

export const PUPIL_TERMS: readonly Term<PupilPart>[] = [
  { part: 'geboortedatum', pattern: /^(geboortedatum|geb\.?( ?datum)?|geboren( op)?|date of birth|birth ?date)$/ },
  { part: 'naam', pattern: /^(naam( leerling| van de leerling)?|leerling(naam)?|volledige naam|student|pupil)$/ },
  { part: 'groep', pattern: /^(groep|klas|jaargroep)$/ },
];

/** A birth date written into a header line: "Lotte Bakker, geboren 04-07-2017". */
export const BORN_INLINE = /\b(geboren|geb\.)(\s+op)?\s*:?\s*/i;

/** Sections about other people than the pupil: a "Naam" there is theirs. */
export const OTHER_PEOPLE = /\b(ouders?|verzorgers?|moeder|vader|gezaghebbende|contact(persoon)?|medewerker|leerkracht|mentor|begeleider|intern begeleider|ib'?er|directeur|gebruiker|behandelaar|hulpverlener)\b/;

/** Surname particles written in lower case between the given name and the surname. */
export const TUSSENVOEGSELS = new Set(['de', 'den', 'der', 'van', 'von', 'ter', 'ten', 'te', 'het', "'t", 'in', 'op', 'la', 'le', 'du', 'da', 'di', 'del', 'dos', 'das', 'al', 'el', 'bin', 'ben']);

/** Words on the page that show the pupil has an OPP (ParnasSys, DOMAIN.md "Registering in ROD"). */
export const OPP_SIGNALS: readonly { id: 'cluster' | 'otv' | 'document'; pattern: RegExp }[] = [
  { id: 'cluster', pattern: /\b(kentalis|auris|visio|bartimeus|cluster ?[12]|siméa|simea)\b/ },
  { id: 'otv', pattern: /\bonderwijstijd\s?verkorting|verkorte onderwijstijd\b/ },
  { id: 'document', pattern: /\b(opp|ontwikkelingsperspectief(plan)?)\b[^.\n]{0,40}\.pdf\b|\bopp[ _-]?\d{4}\b/ },
];
