/**
 * Messages between the extension's own contexts, validated with zod on receipt: a message
 * that does not fit is dropped, never half-used.
 */
import * as z from 'zod/mini';
import { ReportSchema } from './contract';
import { ProgressSchema } from './guides/guide-schema';

export const ReportMessageSchema = z.object({ type: z.literal('report'), report: ReportSchema });
export type ReportMessage = z.infer<typeof ReportMessageSchema>;

/** Content script → background: where this tab is in a guide (null: none). */
export const GuideGetSchema = z.object({ type: z.literal('guide-get') });
export const GuideSetSchema = z.object({ type: z.literal('guide-set'), progress: z.nullable(ProgressSchema) });

/** Popup → content script: start a guide in this tab. */
export const GuideStartSchema = z.object({ type: z.literal('guide-start'), guide: z.string() });

export const MessageSchema = z.discriminatedUnion('type', [ReportMessageSchema, GuideGetSchema, GuideSetSchema, GuideStartSchema]);
export type Message = z.infer<typeof MessageSchema>;
