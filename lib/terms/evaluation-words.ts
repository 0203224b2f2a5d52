/**
 * How an OPP says an evaluation is only planned, not held (nl and en): a date in such a
 * clause ("Volgende evaluatie staat gepland voor 12-02-2027") is no evaluation held.
 * Tested against folded text.
 */
export const PLANNED = /\b(gepland|ingepland|plannen|volgende|komende|wordt (gehouden|gepland)|zal|zullen|afspraak (voor|op)|nog te (plannen|houden)|planned|scheduled|next|upcoming|will be)\b/;
/** How an OPP says an evaluation took place ("Gehouden", "Afgerond"): such a date is no plan, whatever else the row says. */
export const HELD = /(?<!(wordt|worden|zal|zullen) )\b(gehouden|afgerond|geevalueerd|uitgevoerd|heeft plaatsgevonden|vond plaats|held|done|completed)\b/;
