/**
 * What a link or button says when it is an action on the page, not content the school wrote:
 * "Wijzig<span class=visually-hidden> datum inschrijving</span>", "Bewerken", "Edit". Tested
 * against the folded text of the link as a whole; what follows the verb is what it acts on.
 */
export const PAGE_ACTION = /^(wijzig(en)?|bewerk(en)?|aanpassen|pas aan|verwijder(en)?|wis|toevoegen|voeg toe|bekijk(en)?|open(en)?|details|meer|edit|change|delete|remove|add|view)\b/;
/** An action's text is short: the verb and what it acts on. */
export const MAX_ACTION_TEXT = 60;
