/**
 * What both content scripts do around their own check and drawing: settings and page texts
 * (asked for in the likely language at once), the guides, a read that cannot end in silence
 * (guarded.ts), holding new fails while Ajax settles (lib/check/settle.ts), reading again when
 * the page or the settings change, the popup's answers, and the heartbeat. The app gives only
 * what differs: how it checks a page and how it shows a check.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageCheck } from '../check/core';
import { settler } from '../check/settle';
import type { App } from '../contract';
import { lazyGuideRunner, type LazyGuideRunner } from '../guides/lazy-runner';
import { langFrom, type Lang } from '../i18n';
import type { SampleDictionaries } from '../read/page-sample';
import { pageSession, type PageSession } from '../read/page-session';
import { loadSettings, onSettingsChange, type Settings } from '../settings/settings-store';
import { answerPopup } from './answer-popup';
import { loadContentTexts } from './content-texts';
import { guarded, guardedAsync } from './guarded';
import { reportSender } from './report-sender';
import { CONTENT_START_MARK } from './timing-marks';

/** What the shell hands an app when it starts. */
export interface ShellEnv {
  ctx: ContentScriptContext;
  /** The page, as every layer reaches it (lib/read/page-session.ts). */
  page: PageSession;
  /** The settings in force now (they change while the page is open). */
  settings(): Settings;
  /** The language the content script started in: its guides speak it until the page loads again. */
  lang: Lang;
  guides: LazyGuideRunner;
  /** Reads the page again (not held: what it finds stands). */
  run(): void;
}

export interface ShellApp<C extends PageCheck = PageCheck> {
  app: App;
  /** The labels a page sample keeps: this app's term dictionaries. */
  sampleTerms: SampleDictionaries;
  /** Reads and judges the page; null: a newer read started meanwhile and answers instead. */
  check(page: PageSession, settings: Settings): C | null | Promise<C | null>;
  /** Shows a check (a new one, or the same found again on a busy page). */
  draw(check: C): void;
  /** OPP-wijzer's own code failed on this page: nothing of an earlier reading stays. */
  clear(): void;
  /** Another view without a page load: what belonged to the view before goes. */
  leave(): void;
  /** Jump to a finding's part (the popup asks this). */
  focus(rule: string, last: C | null): void;
  /** The user chose another language in the options. */
  onLanguage?(lang: Lang): void;
}

export async function contentShell<C extends PageCheck>(ctx: ContentScriptContext, start: (env: ShellEnv) => ShellApp<C>): Promise<void> {
  // When the content script's code began (the browser runs it at document_idle: when the page is
  // idle, at the latest at load; its bundle was evaluated just before): bench/ times the sidebar
  // from here. A mark in the tab's own timeline, nothing sent.
  performance.mark(CONTENT_START_MARK);
  // A content script carries no texts or guides of its own: the background mirrors them.
  // Read with the settings, in the browser's language (the likely one), not after them.
  const likely = langFrom(navigator.language);
  let [settings] = await Promise.all([loadSettings(), loadContentTexts(likely)]);
  if (settings.lang !== likely) await loadContentTexts(settings.lang);
  const page = pageSession(document, ctx.signal);
  // A guide's callout came or went: drawn again, so the ParnasSys badge makes way for it (pupil-badge-layer.tsx).
  const guides = lazyGuideRunner(ctx, page, settings.lang, () => guarded(() => last && app.draw(last), fail));
  const sendReport = reportSender();
  let last: C | null = null;
  /** OPP-wijzer's own code failed on this page (lib/show/guarded.ts): the popup says so. */
  let readFailed = false;
  /** Each read's number: a read that waited (ParnasSys asks storage) and was overtaken shows nothing. */
  let sequence = 0;

  const app = start({ ctx, page, settings: () => settings, lang: settings.lang, guides, run: () => void run() });

  const publish = (check: C) => {
    last = check;
    sendReport(check.report);
    app.draw(check);
    // A guide confirms its save from what the page says after it (lib/guides/confirm.ts).
    guides.setFindings(check.report.findings);
    guides.refresh();
  };

  const fail = () => {
    readFailed = true;
    last = null;
    app.clear();
    sendReport({ app: app.app, page: 'other', findings: [] });
  };

  /** `structural`: Ajax changed the page; a part it removed may be on its way back (settle.ts). */
  const read = async (structural: boolean) => {
    const mine = ++sequence;
    const found = app.check(page, settings);
    const check = found instanceof Promise ? await found : found;
    if (!check || mine !== sequence) return;
    publish(structural ? settle.hold(last, check, settings.lang) : check);
    readFailed = false;
  };
  const run = (structural = false) => guardedAsync(() => read(structural), fail);
  const settle = settler(() => void run(), ctx.signal);

  void run();
  page.watch(
    (change) =>
      guarded(() => {
        // Another view without a page load: read afresh, holding nothing of the view before.
        if (change.navigated) {
          app.leave();
          return void run();
        }
        // Typing in known fields re-reads only those fields (PageCheck.recheck); anything else reads the page again.
        let check: C | null = last;
        if (!change.structural && check?.recheck) {
          for (const control of change.inputs) {
            // Only a plain PageCheck rechecks: ParnasSys' check, which adds the pupil's link, gives none (lib/check/pupil-check.ts).
            check = (check?.recheck?.(control) as C | null | undefined) ?? null;
            if (!check) break;
          }
          if (check) {
            // A read still waiting is older than this typing.
            sequence++;
            return publish(check);
          }
        }
        void run(change.structural);
      }, fail),
    ctx.signal,
  );
  onSettingsChange(async () => {
    const previous = settings.lang;
    settings = await loadSettings();
    await loadContentTexts(settings.lang);
    if (settings.lang !== previous) app.onLanguage?.(settings.lang);
    void run();
  }, ctx.signal);
  answerPopup(
    {
      report: () => last?.report ?? null,
      readFailed: () => readFailed,
      focus: (rule) => app.focus(rule, last),
      startGuide: (guide) => guides.start(guide),
      page,
      sampleTerms: app.sampleTerms,
    },
    ctx.signal,
  );
  // WXT learns that the extension was reloaded or removed only when something asks; this
  // heartbeat asks, so the layer and all listeners go away within a second.
  ctx.setInterval(() => undefined, 1000);
}
