/**
 * The guides in a content script: what the page always carries is only this. The runner
 * itself (lib/guides/runner.tsx, with its callout) is loaded when there is a guide to show:
 * this tab is in one (asked of the background, which keeps the place across page loads), or
 * the user starts one. Most pages of the two apps never show a guide.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Lang } from '../i18n';
import { kept, loadLazy } from '../lazy/load-lazy';
import type { PageSession } from '../read/page-session';
import type { Progress } from './guide-schema';
import type { Finding } from '../contract';
import type { GuideRunner } from './runner';

export type { GuideRunner };

export interface LazyGuideRunner extends GuideRunner {
  /** A guide's callout is on this page now (a step, or "Klaar!"): the ParnasSys badge makes way. */
  showing(): boolean;
}

/**
 * Returns at once; where this tab is in a guide arrives from the background a little later
 * (a cold service worker takes a while), so the page's own check never waits for it.
 */
export function lazyGuideRunner(ctx: ContentScriptContext, page: PageSession, lang: Lang, onShowingChange: () => void = () => undefined): LazyGuideRunner {
  let startedHere = false;
  let showing = false;
  const showingNow = (now: boolean) => {
    showing = now;
    onShowingChange();
  };
  const hints = new Map<string, string | undefined>();
  /** The page's last findings, handed on when the runner is loaded (it confirms a save from them). */
  let findings: readonly Finding[] | null = null;
  /** Where this tab is in a guide when the runner is first needed (null: a guide starts here). */
  let initial: Progress | null = null;
  // Not loaded (the extension was updated under the page): a next start tries again.
  const runner = kept(() =>
    loadLazy('guides')
      .then((module) => module.startGuideRunner(ctx, page, lang, initial, showingNow))
      .then((loaded) => {
        for (const [step, hint] of hints) loaded.setHint(step, hint);
        if (findings) loaded.setFindings(findings);
        return loaded;
      }),
  );
  const load = (from: Progress | null) => {
    if (!runner.started()) initial = from;
    return runner.get();
  };
  const whenLoaded = (act: (r: GuideRunner) => void) => {
    if (runner.started()) void runner.get().then(act, () => undefined);
  };

  void browser.runtime.sendMessage({ type: 'guide-get' }).then(
    (progress) => {
      // The user started a guide in this page meanwhile: that one counts.
      if (!startedHere && progress) void load(progress as Progress).catch(() => undefined);
    },
    () => undefined,
  );

  return {
    showing: () => showing,
    start(guideId) {
      startedHere = true;
      if (ctx.isInvalid) return;
      void load(null).then((r) => r.start(guideId), () => undefined);
    },
    refresh: () => whenLoaded((r) => r.refresh()),
    setHint(stepId, hint) {
      hints.set(stepId, hint);
      whenLoaded((r) => r.setHint(stepId, hint));
    },
    setFindings(found) {
      findings = found;
      whenLoaded((r) => r.setFindings(found));
    },
  };
}
