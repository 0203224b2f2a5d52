/**
 * When does a field hold real content? Placeholders ("n.v.t.", "-", "nog invullen",
 * "zie bijlage" on its own, lorem ipsum) do not: an OPP part that says only that is empty.
 * Pure: no DOM.
 */
import { fold } from '../text';
import type { FieldFact } from '../facts/opp-facts';

const PLACEHOLDER =
  /^(n\.? ?v\.? ?t\.?|nvt|n\/a|na|-+|—|–|\.+|\?+|nog (in ?te vullen|invullen|aanvullen|volgt|niet ingevuld)|in ?te vullen|invullen|volgt( later)?|nader (in ?te vullen|te bepalen)|zie (de )?bijlage( \w{1,3})?|zie (het )?(verslag|dossier)|lorem ipsum.*|todo|tbd|leeg|\.\.\.|…|(kies|selecteer).*)$/;

export function hasContent(text: string): boolean {
  const folded = fold(text).replace(/[.!,;:]+$/, '').trim();
  if (folded.length < 2) return false;
  if (PLACEHOLDER.test(folded)) return false;
  return /\p{L}{2,}|\d/u.test(folded);
}

export type PartState =
  | { state: 'filled'; fields: FieldFact[] }
  | { state: 'empty'; fields: FieldFact[] }
  /** Found only by a generic word, or only as a heading over other parts. */
  | { state: 'unsure'; fields: FieldFact[] }
  | { state: 'absent'; fields: [] };

/** The state of one OPP part over every field the reader found for it. */
export function partState(fields: FieldFact[]): PartState {
  const real = fields.filter((f) => !f.container);
  if (real.length === 0) return fields.length ? { state: 'unsure', fields } : { state: 'absent', fields: [] };
  const filled = real.filter((f) => f.values.some(hasContent));
  const sureFilled = filled.filter((f) => !f.weak);
  if (filled.length > 0) return { state: 'filled', fields: sureFilled.length ? sureFilled : filled };
  if (real.some((f) => !f.weak)) return { state: 'empty', fields: real.filter((f) => !f.weak) };
  return { state: 'unsure', fields: real };
}
