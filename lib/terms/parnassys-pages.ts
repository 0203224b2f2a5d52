/**
 * How ParnasSys names its pupil pages and their states (seed "Stappen registreren OPP bij
 * ROD"; Wicket's own empty-table text, DOMAIN.md "Public facts"). Tested against folded text.
 */

/** Passend onderwijs, where the onderwijsarrangementen are listed. */
export const ARRANGEMENTS_SECTION = /\bpassend onderwijs\b|\bonderwijsarrangement(en)?\b/;
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
