/**
 * Messages between the extension's own contexts, validated with zod on receipt: a message
 * that does not fit is dropped, never half-used. What the popup asks a content script is in
 * lib/tab-requests.ts.
 */
import * as z from 'zod/mini';
import { TaughtLabelSchema } from './taught/taught-format';
import { ReportSchema } from './contract';
import { ProgressSchema } from './guides/guide-schema';
import { LinkChangeSchema } from './privacy/link-format';
import { GuideStartSchema } from './tab-requests';

export const ReportMessageSchema = z.object({ type: z.literal('report'), report: ReportSchema });
export type ReportMessage = z.infer<typeof ReportMessageSchema>;

/** Content script → background: where this tab is in a guide (null: none). */
export const GuideGetSchema = z.object({ type: z.literal('guide-get') });
export const GuideSetSchema = z.object({ type: z.literal('guide-set'), progress: z.nullable(ProgressSchema) });

/** Popup → background: set a guide for a tab (it starts when the tab shows Topdossier or ParnasSys). */
export const GuideForTabSchema = z.object({ type: z.literal('guide-for-tab'), tabId: z.number(), guide: z.string() });

/** Any of our pages → background, the links' one writer (lib/privacy/link-store.ts). */
const PUPIL_KEY = z.string().check(z.regex(/^[0-9a-f]{64}$/));
export const LinksSaltSchema = z.object({ type: z.literal('links-salt') });
/** `formerKey`: the pupil's scheme-1 key, when it differs (lib/privacy/pupil-key.ts): its entry moves to `key`. */
export const LinksGetSchema = z.object({ type: z.literal('links-get'), key: PUPIL_KEY, formerKey: z.optional(PUPIL_KEY) });
export const LinksUpdateSchema = z.object({ type: z.literal('links-update'), key: PUPIL_KEY, change: LinkChangeSchema });
export const LinksStatusSchema = z.object({ type: z.literal('links-status') });
export const WipeAllSchema = z.object({ type: z.literal('wipe-all') });
/** A content script → background: its texts and the guides (when the mirror is missing). */
export const ContentDataRequestSchema = z.object({ type: z.literal('content-data'), lang: z.enum(['nl', 'en']) });

/** A page or the options page → background: remember or forget a taught label (lib/taught/). */
export const TaughtAddSchema = z.object({ type: z.literal('taught-add'), label: TaughtLabelSchema });
export const TaughtRemoveSchema = z.object({ type: z.literal('taught-remove'), label: z.string().check(z.maxLength(80)) });

/** The options page → background: "Nieuw in deze versie" was shown (lib/whats-new/). */
export const WhatsNewSeenSchema = z.object({ type: z.literal('whats-new-seen') });

export const MessageSchema = z.discriminatedUnion('type', [
  ReportMessageSchema, GuideGetSchema, GuideSetSchema, GuideStartSchema, GuideForTabSchema,
  LinksSaltSchema, LinksGetSchema, LinksUpdateSchema, LinksStatusSchema, WipeAllSchema, ContentDataRequestSchema,
  TaughtAddSchema, TaughtRemoveSchema, WhatsNewSeenSchema,
]);
