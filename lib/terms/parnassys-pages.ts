/**
 * How ParnasSys names its pupil pages and their states (docs/regels.md#stappen-registreren-opp-bij-rod;
 * Wicket's own empty-table text, docs/domein.md#standaardgedrag-van-apache-wicket). Tested against folded text.
 */

/** Passend onderwijs, where the onderwijsarrangementen are listed. */
export const ARRANGEMENTS_SECTION = /\bpassend onderwijs\b|\bonderwijsarrangement(en)?\b|^arrangement(en)?\b/;
/** A word that names an arrangement, in a column header, a sentence or a list line. */
export const ARRANGEMENT_WORD = /\b(onderwijs)?arrangement(en)?\b|\bpassend onderwijs\b/;
/**
 * Sections of a pupil's pages that hold other dated things than arrangements: ParnasSys' own
 * menu and tabs (docs/domein.md#parnassys: Leerlingkaart, Personalia, Onderwijs, Absentie, Toetsen, Rapport,
 * Begeleiding) and what they show. A date there is never an arrangement's.
 */
export const OTHER_SECTIONS = /\b(school ?loopbaan|loopbaan|schoolhistorie|inschrijving(en)?|uitschrijving(en)?|in- en uitschrijving|aanmelding(en)?|instroom|vorige school|school van herkomst|absentie|afwezigheid|verzuim|verlof|notitie|notities|leerlingnotities|logboek|journaal|toets(en|resultaten)?|resultaten|cijfers|rapport(en|cijfers)?|personalia|adres(sen)?|contact(gegevens|personen)?|ouders?|verzorgers?|gezin|medisch|medicatie|groepsgeschiedenis|groepshistorie|jaargroep(en)?|leerjaren|documenten|bestanden|bijlagen|rod|rod-berichten|bron|berichten|handelingsplan(nen)?|groepsplan(nen)?|ontwikkelingsperspectief|opp|onderzoek(en)?|observatie(s)?|oudergesprek(ken)?|gesprekken|mutaties|wijzigingshistorie|audit ?log)\b/;
/** Dates that say what they are, and are no arrangement's: a change stamp, a reference date, a birth date. */
export const NOT_AN_ARRANGEMENT_DATE = /\b(laatst (gewijzigd|bijgewerkt|aangepast)|gewijzigd (op|door)|aangemaakt|afgedrukt|geprint|peildatum|ingelogd|geboren|geboortedatum|geb\.?|vandaag|datum van vandaag|schooljaar|sessie|versie)\b/;
/** The add or edit form of an arrangement (its heading or button). */
export const ARRANGEMENT_FORM = /\b(onderwijs)?arrangement\b.{0,20}\b(toevoegen|wijzigen|bewerken)\b|\b(nieuw|toevoegen)\b.{0,20}\b(onderwijs)?arrangement\b/;
/** The ROD message that carries the OPP's dates ("Personalia > ROD"). */
export const ROD_MESSAGE = /\binschrijving po aanleveren\b/;
/** The part of that message with the OPP's dates. */
export const OPP_PERSPECTIVE = /^ontwikkelingsperspectief\b/;
/**
 * A list that says it is empty: Wicket's DataTable ("Geen resultaten gevonden", "No Records
 * Found") or a sentence of the page's own.
 */
export const EMPTY_LIST = /\bgeen\b.{0,60}\b(onderwijs)?arrangement|\bgeen (resultaten|gegevens|records|items)\b|\bno records( found)?\b|\bno (data|results|items)\b|\b(nog )?niets (gevonden|toegevoegd|geregistreerd)\b/;
/** A list cell that holds no value but the empty list's text. */
export const EMPTY_CELL = /\bgeen\b|\bno records\b|\bno (data|results)\b|\bniets\b/;
