/**
 * What a content script shows that is data, not code: the page texts of its one language
 * and the guides. The background mirrors both into storage.local, per language, stamped with
 * this build's id (lib/show/content-data-mirror.ts); carrying them in every content script
 * cost a quarter of its size. Both are validated, as anything read from storage or a message;
 * content scripts read only the texts (content-texts.ts), the guide runner both.
 */
import * as z from 'zod/mini';
import { addMessages, type Lang } from '../i18n';
import { GuideSchema } from '../guides/guide-schema';
import { setGuides } from '../guides/guide-registry';
import { CONTENT_DATA_ID, contentDataKey, MessagesSchema, readContentData } from './content-texts';

export { CONTENT_DATA_ID, contentDataKey, MessagesSchema };

export const ContentDataSchema = z.object({ messages: MessagesSchema, guides: z.array(GuideSchema) });
export type ContentData = z.infer<typeof ContentDataSchema>;
export const StoredContentDataSchema = z.object({ id: z.string(), data: ContentDataSchema });

/**
 * The texts and the guides of `lang`, read once when the guide runner is loaded (lib/lazy/guides.ts);
 * a content script reads the texts only (content-texts.ts).
 */
export async function loadContentData(lang: Lang): Promise<void> {
  const data = await readContentData(lang, { stored: StoredContentDataSchema, direct: ContentDataSchema });
  if (!data) return;
  addMessages({ [lang]: data.messages });
  setGuides(data.guides);
}
