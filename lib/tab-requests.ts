/**
 * What the popup asks a tab's content script, validated there with zod on receipt. Apart from
 * lib/messages.ts (everything the background takes): a module's schemas are built when a
 * script starts, and a content script, started on every page, needs only these four.
 */
import * as z from 'zod/mini';

/** Popup → content script: the page's report; jump to a finding; an anonymised page sample; start a guide. */
export const GetReportSchema = z.object({ type: z.literal('get-report') });
export const FocusFindingSchema = z.object({ type: z.literal('focus-finding'), rule: z.string() });
export const PageSampleSchema = z.object({ type: z.literal('page-sample') });
export const PageSampleReplySchema = z.object({ html: z.string(), name: z.string() });
export const GuideStartSchema = z.object({ type: z.literal('guide-start'), guide: z.string() });

/** The answer to get-report when OPP-wijzer's own code failed to read the page (lib/show/guarded.ts). */
export const ReadFailedReplySchema = z.object({ readFailed: z.literal(true) });

export const TabRequestSchema = z.discriminatedUnion('type', [GetReportSchema, FocusFindingSchema, PageSampleSchema, GuideStartSchema]);
export type TabRequest = z.infer<typeof TabRequestSchema>;
