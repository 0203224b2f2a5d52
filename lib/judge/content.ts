/**
 * When does a field hold real content? Pure: no DOM.
 * - *Empty*: nothing, or only a placeholder: "n.v.t.", "-", "…", "?", "xxx", "n.t.b.", "volgt",
 *   "nog invullen", "PM", "TBD", "(leeg)", lorem ipsum. A word counter ("0 woorden", "0 / 2000",
 *   "2000 tekens resterend") or a picker's prompt is never content either.
 * - *Elsewhere*: only a pointer ("zie bijlage", "zie verslag"): OPP-wijzer cannot see the
 *   attachment, so it asks (controleren), never says it is missing.
 * - *Filled*: anything else with a word or a number in it.
 */
import { fold } from '../text';
import type { FieldFact } from '../facts/opp-facts';

const PLACEHOLDER =
  /^(n\.? ?v\.? ?t\.?|nvt|n\/a|na|-+|—|–|\.+|\?+|x+|n\.? ?t\.? ?b\.?|ntb|n\.? ?n\.? ?b\.?|nnb|tba|pm|p\.m\.|tbd|todo|to do|volgt( later| nog)?|nog (in ?te vullen|invullen|aanvullen|volgt|niet ingevuld|niet bekend|te bepalen)|in ?te vullen|invullen|nader (in ?te vullen|te bepalen)|\(?leeg\)?|\(?geen\)?|lorem ipsum.*|(kies|selecteer).*|(vul|typ) hier.*|klik (hier )?om .*)$/;
/** A counter under a text field: "0 woorden", "0 / 2000", "249/1000 tekens", "2000 tekens resterend". */
const COUNTER = /^\d+\s*\/\s*\d+(\s*(woorden|tekens|karakters|characters|words))?$|^\d+\s*(woorden|woord|tekens|karakters|characters|words)(\s*(resterend|over|remaining|left))?$/;
/** A pointer to another document: the content is elsewhere. */
const ELSEWHERE = /^(zie|zie ook|see) (de |het )?(bijlage|bijlagen|verslag|rapport|dossier|onderzoek|document|attachment)\b.{0,60}$/;

const clean = (text: string) => fold(text).replace(/[.!,;:]+$/, '').trim();

export function hasContent(text: string): boolean {
  const folded = clean(text);
  if (folded.length < 2) return false;
  if (PLACEHOLDER.test(folded) || COUNTER.test(folded) || ELSEWHERE.test(folded)) return false;
  return /\p{L}{2,}|\d/u.test(folded);
}

/** Whether the text only points elsewhere ("Zie bijlage 2", "zie verslag psychologisch onderzoek"). */
export function pointsElsewhere(text: string): boolean {
  return ELSEWHERE.test(clean(text));
}

export type PartState =
  | { state: 'filled'; fields: FieldFact[] }
  | { state: 'empty'; fields: FieldFact[] }
  /** Only a pointer to an attachment or report: OPP-wijzer cannot look there. */
  | { state: 'elsewhere'; fields: FieldFact[] }
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
  const elsewhere = real.filter((f) => f.values.some(pointsElsewhere));
  if (elsewhere.length) return { state: 'elsewhere', fields: elsewhere };
  if (real.some((f) => !f.weak)) return { state: 'empty', fields: real.filter((f) => !f.weak) };
  return { state: 'unsure', fields: real };
}
