/** What the ParnasSys reader hands the judge. Dates stay as written: the judge parses them. */
import * as z from 'zod/mini';

export const ArrangementSchema = z.object({
  /** The begin date as written; or the whole period in one text ("01-08-2026 t/m 31-07-2027"). */
  begin: z.string(),
  /** The end date as written; '', "–" or "geen" when there is none yet. */
  end: z.string(),
  /** A status the page shows beside the dates ("Lopend", "Beëindigd"), as written. */
  status: z.optional(z.string()),
  /** The begin-date label as the page shows it ("Begindatum"), for evidence. */
  label: z.string(),
  where: z.string(),
});
export type Arrangement = z.infer<typeof ArrangementSchema>;

/** One document of the pupil's dossier: whether it is the OPP, and its dates. Never its name. */
export const DossierDocumentSchema = z.object({
  opp: z.boolean(),
  dates: z.array(z.string()),
  months: z.array(z.string()),
  schoolYears: z.array(z.number()),
  ago: z.array(z.object({ min: z.number(), max: z.number() })),
  unreadable: z.boolean(),
  where: z.string(),
});
export type DossierDocumentFact = z.infer<typeof DossierDocumentSchema>;

export const ParnassysFactsSchema = z.object({
  kind: z.enum(['student', 'arrangements', 'rod', 'documents']),
  /** Saved arrangements as the page lists them; null when the page shows none of them. */
  arrangements: z.nullable(z.array(ArrangementSchema)),
  /** Where the list of arrangements is (its begin-date column), even when it is empty. */
  listWhere: z.optional(z.string()),
  listLabel: z.optional(z.string()),
  /** Dates on the page where the arrangements would be, in a form the reader cannot follow. */
  listUnreadable: z.optional(z.boolean()),
  /** The add/edit form is open. */
  formOpen: z.boolean(),
  /** On a ROD message: the Ontwikkelingsperspectief periods it carries (begin, end as written). */
  rodPerspectives: z.nullable(z.array(z.object({ begin: z.string(), end: z.string() }))),
  /** The page lists ROD messages: it is about none of them in particular. */
  rodList: z.optional(z.boolean()),
  /** On one ROD message: where its type stands, and its words (the host's, never the pupil's). */
  rodWhere: z.optional(z.string()),
  rodLabel: z.optional(z.string()),
  /** What is known of an OPP for this pupil, and how. */
  opp: z.object({
    known: z.boolean(),
    /** `lijst-naam`: a Topdossier list showed an OPP for a pupil of this name, without a birth date. */
    how: z.optional(z.enum(['topdossier', 'page', 'user', 'lijst', 'lijst-naam'])),
    start: z.optional(z.string()),
    /**
     * The OPP's onderwijstijdverkorting gives a medical reason (docs/regels.md#alle-opps-melden):
     * `medisch` only that, `gemengd` also another reason and no extra ondersteuning recorded.
     */
    medical: z.optional(z.enum(['medisch', 'gemengd'])),
  }),
  /** The dossier list last showed this pupil at basisondersteuning (niveau 1-3). */
  basis: z.optional(z.boolean()),
  /** On the dossier (documents) page: its documents, and where the list is. */
  documents: z.optional(z.object({ list: z.array(DossierDocumentSchema), where: z.string(), label: z.string() })),
  /** Arrangement periods remembered for this pupil from the Passend onderwijs page (ISO). */
  remembered: z.nullable(z.array(z.object({ begin: z.string(), end: z.nullable(z.string()) }))),
});
export type ParnassysFacts = z.infer<typeof ParnassysFactsSchema>;
