/**
 * How OPPs write parents' consent in a sentence (nl and en), for lib/judge/consent.ts:
 * who consented, who holds custody (gezag), and when. Tested against folded text.
 * Sources: docs/regels.md#instemming-ouders-op-handelingsdeel (signed; after a divorce by both
 * parents with gezag; digitally in Topdossier) and how consent fields are filled in practice.
 */

/** Both parents (or two people) are meant; "ouders" as the subject of a consent means all of them. */
export const BOTH_PARENTS = /\b(beide ouders|beiden|allebei|vader en moeder|moeder en vader|ouders samen|both parents|mother and father|father and mother|both)\b|\b(de )?ouders (gaan|zijn|hebben|stemmen|gingen|gaven|tekenden)\b|\bparents (have|agree|signed|consented)\b/;
/** Exactly one parent is meant. */
export const ONE_PARENT = /\b(moeder|vader|een ouder|één ouder|1 ouder|mother|father|one parent)\b/;
/** That parent is the only one with custody. */
export const SOLE_CUSTODY = /\b(als enige|enige (ouder )?met (het )?gezag|alleen(ig)? gezag|eenhoofdig gezag|sole custody|only parent with custody)\b/;
/** Two parents hold custody. */
export const TWO_WITH_CUSTODY = /\b(beiden?|allebei|beide ouders|twee ouders|both( parents)?|two parents)\b[^.;]{0,30}\b(met|hebben|heeft|hold|with)\b[^.;]{0,10}\b(gezag|custody)\b|\bgezamenlijk gezag\b|\b(ook|also)\b[^.;]{0,10}\b(gezag|custody)\b|\bjoint custody\b/;
/** A consent not given (yet): refused, asked but not answered. Checked before `GIVEN`. */
export const NOT_GIVEN = /\b(niet akkoord|niet (ingestemd|getekend|ondertekend)|nog niet|nog geen|geen (instemming|akkoord|reactie)|weiger\w*|afgewezen|in afwachting|wacht(en)? op|uitnodiging verstuurd|verstuurd|gevraagd|openstaand|not (yet )?(consented|signed|agreed)|refused|declined|pending|awaiting)\b/;
/** A consent given. */
export const GIVEN = /\b(akkoord|ingestemd|stemmen in|stemt in|instemming (gegeven|verleend)|getekend|ondertekend|voor akkoord|goedgekeurd|toestemming gegeven|consented|agreed|signed|approved)\b/;
/**
 * Signed "voor gezien": parents saw the whole OPP, which is no consent to its handelingsdeel
 * (Passend onderwijs Zuid-Kennemerland: "Laat ouders het gehele OPP voor gezien tekenen en
 * vraag hen het handelingsdeel apart voor akkoord te ondertekenen"). Removed from a clause
 * before it is read, so "voor gezien en voor akkoord getekend" is still consent.
 */
export const SEEN_ONLY = /\b(voor gezien( (ge|onder)?tekend)?|gezien en getekend|(signed|seen) for information|acknowledged receipt)\b/g;
