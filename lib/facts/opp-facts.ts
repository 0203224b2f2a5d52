/**
 * What the OPP reader hands the judge: per OPP part, every field found for it with the
 * text it holds. Typed and validated with zod so a reader bug surfaces as a clear error,
 * not as a wrong finding. Lives in memory only: the text is never stored or sent.
 */
import * as z from 'zod/mini';

export const OPP_PARTS = [
  'factoren.belemmerend', 'factoren.bevorderend', 'factoren.beide', 'handelingsdeel', 'instemming',
  'gezag', 'uitstroom', 'uitstroom.eerder', 'onderbouwing', 'hoorrecht', 'evaluatie',
  'datum.inschrijving', 'datum.vastgesteld', 'datum.bijgesteld', 'extra-vanaf-start', 'otv', 'otv.reden',
  'otv.programma', 'otv.uren', 'otv.opbouw',
] as const;
export const OppPartSchema = z.enum(OPP_PARTS);

export const FieldFactSchema = z.object({
  label: z.string(),
  where: z.string(),
  /** Named only by a generic word: an empty weak field is never reported as missing. */
  weak: z.boolean(),
  /** A heading over other parts, with no content of its own: ignored for content. */
  container: z.boolean(),
  /** One entry per value: a column of a table gives one per row, other fields one. */
  values: z.array(z.string()),
});
export type FieldFact = z.infer<typeof FieldFactSchema>;

export const OppFactsSchema = z.object({
  /** The page has the shape of an OPP the reader could follow. */
  readable: z.boolean(),
  parts: z.partialRecord(OppPartSchema, z.array(FieldFactSchema)),
});
export type OppFacts = z.infer<typeof OppFactsSchema>;
export type OppPartKey = z.infer<typeof OppPartSchema>;

/** The parts every OPP has; finding few of them means the page could not be read. */
export const CORE_PARTS: readonly OppPartKey[] = [
  'factoren.belemmerend', 'factoren.bevorderend', 'factoren.beide', 'handelingsdeel',
  'uitstroom', 'onderbouwing', 'hoorrecht',
];

export function fieldsOf(facts: OppFacts, part: OppPartKey): FieldFact[] {
  return facts.parts[part] ?? [];
}
