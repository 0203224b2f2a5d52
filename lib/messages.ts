/**
 * Messages between the extension's own contexts, validated with zod on receipt: a message
 * that does not fit is dropped, never half-used.
 */
import * as z from 'zod/mini';
import { ReportSchema } from './contract';

export const ReportMessageSchema = z.object({ type: z.literal('report'), report: ReportSchema });
export type ReportMessage = z.infer<typeof ReportMessageSchema>;

export const MessageSchema = z.discriminatedUnion('type', [ReportMessageSchema]);
export type Message = z.infer<typeof MessageSchema>;
