/**
 * The background's side of lib/show/content-data.ts: it holds the page texts and the guides
 * and mirrors them into storage.local, one key per language, on every start and after
 * "Alle gegevens wissen". It is their only writer.
 */
import { browser } from 'wxt/browser';
import { PAGE_TABLES } from '../i18n-page';
import { LANGUAGES, type Lang } from '../i18n';
import { GUIDES } from '../guides/catalog';
import { CONTENT_DATA_ID, StoredContentDataSchema, type ContentData } from './content-data';
import { contentDataKey } from '../storage-keys';

export function contentData(lang: Lang): ContentData {
  return { messages: PAGE_TABLES[lang], guides: [...GUIDES] };
}

export async function mirrorContentData(): Promise<void> {
  const stored = await browser.storage.local.get(LANGUAGES.map(contentDataKey));
  const stale = LANGUAGES.filter((lang) => {
    const parsed = StoredContentDataSchema.safeParse(stored[contentDataKey(lang)]);
    return !parsed.success || parsed.data.id !== CONTENT_DATA_ID;
  });
  if (stale.length) await browser.storage.local.set(Object.fromEntries(stale.map((lang) => [contentDataKey(lang), { id: CONTENT_DATA_ID, data: contentData(lang) }])));
}
