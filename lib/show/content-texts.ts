/**
 * What a content script reads on every page: the page texts of its language, from the copy
 * the background mirrors into storage.local (lib/show/content-data.ts has the whole format).
 * The guides stored beside them are read, and validated, only by the guide runner, which is
 * loaded when a guide is shown (lib/lazy/guides.ts): not on every page load.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { addMessages, hasPageMessages, type Lang } from '../i18n';
import { contentDataKey } from '../storage-keys';

export const CONTENT_DATA_ID: string = __CONTENT_DATA_ID__;
export { contentDataKey };

export const MessagesSchema = z.record(z.string(), z.string());
const TextsSchema = z.object({ messages: MessagesSchema });
const StoredTextsSchema = z.object({ id: z.string(), data: TextsSchema });

/**
 * The mirrored copy of `lang`, read with `schemas`; from another build, or none, the
 * background is asked directly. Null when neither answers with something valid.
 */
export async function readContentData<T>(lang: Lang, schemas: { stored: z.ZodMiniType<{ id: string; data: T }>; direct: z.ZodMiniType<T> }): Promise<T | null> {
  const key = contentDataKey(lang);
  const stored = schemas.stored.safeParse((await browser.storage.local.get(key))[key]);
  if (stored.success && stored.data.id === CONTENT_DATA_ID) return stored.data.data;
  const reply = schemas.direct.safeParse(await browser.runtime.sendMessage({ type: 'content-data', lang }).catch(() => null));
  return reply.success ? reply.data : null;
}

export async function loadContentTexts(lang: Lang): Promise<void> {
  if (hasPageMessages(lang)) return;
  const texts = await readContentData(lang, { stored: StoredTextsSchema, direct: TextsSchema });
  if (texts) addMessages({ [lang]: texts.messages });
}
