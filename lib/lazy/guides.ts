/**
 * Lazy module (lib/lazy/load-lazy.ts): the guide runner and its callout, loaded when this tab
 * has a guide to show (lib/guides/lazy-runner.ts). It reads the page texts and the guides of
 * its language itself (its own copy of lib/i18n and of the guide registry).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Lang } from '../i18n';
import type { Progress } from '../guides/guide-schema';
import type { PageSession } from '../read/page-session';
import { loadContentData } from '../show/content-data';
import { mountGuideRunner, type GuideRunner } from '../guides/runner';

export async function startGuideRunner(ctx: ContentScriptContext, page: PageSession, lang: Lang, initial: Progress | null, onShowing?: (showing: boolean) => void): Promise<GuideRunner> {
  await loadContentData(lang);
  return mountGuideRunner(ctx, page, lang, initial, onShowing);
}
