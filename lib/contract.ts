/**
 * The findings contract: what every reader + judge run produces, for the extension
 * (sidebar, badge, popup) and for the `opp-check` CLI alike. Stable: other tools may
 * read the CLI's `--json` output, so change it only by adding optional fields.
 */
import * as z from 'zod/mini';

export const AppSchema = z.enum(['topdossier', 'parnassys', 'unknown']);
export type App = z.infer<typeof AppSchema>;

export const PageKindSchema = z.enum(['opp', 'settings', 'student', 'arrangements', 'rod', 'documents', 'other']);
export type PageKind = z.infer<typeof PageKindSchema>;

/**
 * pass: checked and in order. fail: the reader positively identified the problem.
 * review: the reader cannot tell (not found, ambiguous, unreadable): never a fail.
 * n/a: the rule does not apply to what is on the page.
 */
export const StatusSchema = z.enum(['pass', 'fail', 'review', 'n/a']);
export type Status = z.infer<typeof StatusSchema>;

/** What was read and where: the label as the page shows it, and a short CSS locator. */
export const EvidenceSchema = z.object({
  label: z.string().check(z.maxLength(120)),
  where: z.string().check(z.maxLength(300)),
  /** This field is what fails or needs a look (of a finding built from several fields): it is marked on the page. */
  trouble: z.optional(z.literal(true)),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FindingSchema = z.object({
  rule: z.string().check(z.regex(/^[a-z0-9]+\.[a-z0-9]+$/)),
  status: StatusSchema,
  message: z.string().check(z.minLength(1)),
  evidence: z.array(EvidenceSchema),
});
export type Finding = z.infer<typeof FindingSchema>;

export const ReportSchema = z.object({
  app: AppSchema,
  page: PageKindSchema,
  findings: z.array(FindingSchema),
});
export type Report = z.infer<typeof ReportSchema>;
