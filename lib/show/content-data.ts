/**
 * What a content script shows that is data, not code: the page texts of its one language
 * and the guides. The background mirrors both into storage.local, per language, stamped with
 * this build's id (lib/show/content-data-mirror.ts); carrying them in every content script
 * cost a quarter of its size. A copy from another build, or none, and the background is
 * asked directly. Both are validated here, as anything read from storage or a message.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { addMessages, hasPageMessages, type Lang } from '../i18n';
import { GuideSchema } from '../guides/guide-schema';
import { setGuides } from '../guides/guide-registry';

export const CONTENT_DATA_ID: string = __CONTENT_DATA_ID__;
export const contentDataKey = (lang: Lang) => `contentData:${lang}`;

export const ContentDataSchema = z.object({ messages: z.record(z.string(), z.string()), guides: z.array(GuideSchema) });
export type ContentData = z.infer<typeof ContentDataSchema>;
export const StoredContentDataSchema = z.object({ id: z.string(), data: ContentDataSchema });

function use(lang: Lang, data: ContentData): void {
  addMessages({ [lang]: data.messages });
  setGuides(data.guides);
}

export async function loadContentData(lang: Lang): Promise<void> {
  if (hasPageMessages(lang)) return;
  const key = contentDataKey(lang);
  const stored = StoredContentDataSchema.safeParse((await browser.storage.local.get(key))[key]);
  if (stored.success && stored.data.id === CONTENT_DATA_ID) return use(lang, stored.data.data);
  const reply = ContentDataSchema.safeParse(await browser.runtime.sendMessage({ type: 'content-data', lang }).catch(() => null));
  if (reply.success) use(lang, reply.data);
}
