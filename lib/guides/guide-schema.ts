/**
 * A guide is data: a title and ordered steps. Each step points at a target found by
 * meaning (its visible text, label, title or aria label, with alternatives), says in one
 * line what to do, and says when it is done. The engine never clicks, types or saves.
 */
import * as z from 'zod/mini';

export const TargetKindSchema = z.enum(['link', 'button', 'tab', 'field', 'any']);

export const TargetSchema = z.object({
  /** Words the target shows or is labelled with, best first; matched without case or accents. */
  texts: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  kind: TargetKindSchema,
  /** Only look for the target on pages whose address matches (a regular expression). */
  url: z.optional(z.string()),
});
export type Target = z.infer<typeof TargetSchema>;

export const ConditionSchema = z.discriminatedUnion('kind', [
  /** The address matches a regular expression. */
  z.object({ kind: z.literal('url'), pattern: z.string() }),
  /** An element with one of these texts is on the page. */
  z.object({ kind: z.literal('appears'), target: TargetSchema }),
  /** The page's text contains one of these phrases. */
  z.object({ kind: z.literal('text'), phrases: z.array(z.string()) }),
  /** The target field has a value: any, one of `oneOf`, a date, or one matching `pattern`. */
  z.object({
    kind: z.literal('value'),
    target: TargetSchema,
    oneOf: z.optional(z.array(z.string())),
    date: z.optional(z.boolean()),
    pattern: z.optional(z.string()),
  }),
  /** The step's own target was clicked (a download, an export). */
  z.object({ kind: z.literal('clicked') }),
  /** A save happened on this step: a form was sent or a save button clicked. */
  z.object({ kind: z.literal('saved') }),
]);
export type Condition = z.infer<typeof ConditionSchema>;

export const StepSchema = z.object({
  id: z.string(),
  /** Without a target the step is an instruction in a centred callout (go to another app). */
  target: z.optional(TargetSchema),
  /** Locale key of the one-line instruction. */
  instruction: z.string(),
  /** Any of these completes the step. */
  done: z.array(ConditionSchema).check(z.minLength(1)),
  skippable: z.boolean(),
  /** Locale key: where to look when the target cannot be found. */
  help: z.optional(z.string()),
});
export type Step = z.infer<typeof StepSchema>;

export const GuideSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** Former ids of this guide (guides merged into it): starting one of those starts this one. */
  aliases: z.optional(z.array(z.string())),
  title: z.string(),
  steps: z.array(StepSchema).check(z.minLength(1)),
  /**
   * After its save step (`after`) the guide says what the page, read again after the save, shows:
   * `done` (a locale key) when the finding of `rule` passes, else what that finding still says
   * (lib/guides/confirm.ts).
   */
  confirm: z.optional(z.object({ after: z.string(), rule: z.string(), done: z.string() })),
});
export type Guide = z.infer<typeof GuideSchema>;

/** Where a tab is in a guide. Kept by the background per tab, so it survives page loads. */
export const ProgressSchema = z.object({
  guide: z.string(),
  step: z.number(),
  /** The user saved or clicked on this step just before the page changed. */
  acted: z.optional(z.enum(['saved', 'clicked'])),
  /**
   * Steps before this one that the user never had to do: already done when the guide came to
   * them, so never shown (lib/guides/advance.ts#stepCount). Not counted in "Stap 1 van 3".
   */
  unseen: z.optional(z.number()),
});
export type Progress = z.infer<typeof ProgressSchema>;
