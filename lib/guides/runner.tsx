/**
 * Runs one guide at a time in a tab: shows the current step as a callout anchored to its
 * target, moves on by itself when the step's condition holds, and keeps its place with the
 * background so it survives page loads and Ajax updates. Never clicks, types or saves.
 */
import { render } from 'preact';
import { mountShadowLayer } from '../show/shadow-layer';
import { showStoppedNotice } from '../show/stopped-notice';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { GuideCallout, GuideFinished } from '../../components/GuideCallout';
import { t, type Lang, type MessageKey } from '../i18n';
import { guidePage } from '../read/guide-target';
import { saveControlAt } from '../read/save-buttons';
import type { PageSession } from '../read/page-session';
import { escapeIsThePages, inOurLayer } from '../read/modals';
import { advance, noteAction, skip, stepCount } from './advance';
import { guideById } from './guide-registry';
import { holds } from './conditions';
import type { Guide, Progress } from './guide-schema';
import type { Finding } from '../contract';
import { confirmation, confirmedSave, SETTLE_MS, type Reading } from './confirm';
import type { CalloutNote } from '../../components/GuideCallout';
import guideCss from '../../components/guide.css?inline';

export interface GuideRunner {
  start(guideId: string): void;
  /** Look at the page again (it changed). */
  refresh(): void;
  /** A hint for a step, by step id (the suggested begindatum). */
  setHint(stepId: string, hint: string | undefined): void;
  /** What the page's check found, read just now: a guide confirms its save from it (lib/guides/confirm.ts). */
  setFindings(findings: readonly Finding[]): void;
}

async function remote(progress: Progress | null): Promise<void> {
  await browser.runtime.sendMessage({ type: 'guide-set', progress }).catch(() => undefined);
}

/**
 * Shows where this tab is in a guide (`initial`, asked of the background by
 * lib/guides/lazy-runner.ts, which loads this module only when there is a guide to show).
 */
export function mountGuideRunner(
  ctx: ContentScriptContext,
  page: PageSession,
  lang: Lang,
  initial: Progress | null,
  /** Told when a callout (a step, or "Klaar!") appears or goes: other layers make way for it. */
  onShowing: (showing: boolean) => void = () => undefined,
): GuideRunner {
  let progress: Progress | null = initial;
  let finished: Guide | null = null;
  const hints = new Map<string, string>();

  // In a modal dialog the page opens, the callout goes with the layer above the backdrop (lib/show/top-layer.ts).
  const ui = mountShadowLayer(ctx, 'opp-wijzer-guide', guideCss, () => queueMicrotask(draw));
  /**
   * Each step is said once by a screen reader: a polite live region that stays in the layer
   * (a region drawn anew with each step is often not read at all). Our own element, in our own layer.
   */
  const announcer = document.createElement('p');
  announcer.className = 'visually-hidden';
  announcer.setAttribute('aria-live', 'polite');
  ui.shadow.append(announcer);
  let announced = '';
  /** Where the user was when the guide started: focus goes back there when it ends. */
  let returnTo: HTMLElement | null = null;
  let focusCallout = false;

  // A guide that finished on a save is marked done (step = its length) so the page the save
  // leads to can say "Klaar!"; the mark is cleared once shown.
  const doneGuide = progress ? guideById(progress.guide) : undefined;
  if (doneGuide && progress && progress.step >= doneGuide.steps.length) {
    finished = doneGuide;
    progress = null;
    void remote(null);
  }

  /** The page as the guide reads it now (its address may have changed without a page load). */
  const here = () => guidePage(page.doc, page.url());

  const current = () => {
    const guide = progress ? guideById(progress.guide) : undefined;
    const step = guide && progress ? guide.steps[progress.step] : undefined;
    return guide && step ? { guide, step } : null;
  };

  /** The page as last read, and when the guide went past the save it confirms (0: before this page). */
  let reading: Reading | null = null;
  let savedAt = 0;

  const setProgress = (next: Progress | null) => {
    const guide = next ? guideById(next.guide) : undefined;
    const save = guide ? confirmedSave(guide) : -1;
    if (next && progress?.guide === next.guide && save >= 0 && progress.step <= save && next.step > save) {
      savedAt = Date.now();
      // A failing reading is said only once it stands a moment after the save: look again then.
      ctx.setTimeout(draw, SETTLE_MS + 50);
    }
    progress = next;
    void remote(next);
  };

  /** What the page, read after the save, says of it: registered, or what is still missing. */
  const noteFor = (guide: Guide, step: number): CalloutNote | undefined => {
    const said = confirmation(guide, step, reading, savedAt, Date.now());
    if (!said) return undefined;
    if (said.status === 'pass') return { status: 'pass', text: t(lang, said.key as MessageKey) };
    return { status: said.status, text: t(lang, `guide.confirm.${said.status}`, { melding: said.message }) };
  };

  /** `starting`: the guide starts now; the steps already done are not the user's to count. */
  const evaluate = (starting = false) => {
    const now = current();
    if (!now || !progress) return;
    const result = advance(now.guide, progress, (c, acted) => holds(c, { page: here(), acted }), starting);
    if (result.finished) {
      finished = now.guide;
      setProgress({ guide: now.guide.id, step: now.guide.steps.length });
    } else if (result.progress.step !== progress.step || result.progress.acted !== progress.acted) {
      setProgress(result.progress);
    }
  };

  const labels = {
    skip: t(lang, 'guide.skip'),
    stop: t(lang, 'guide.stop'),
    notFound: t(lang, 'guide.not-found'),
    notHere: t(lang, 'guide.not-here'),
    mustDo: t(lang, 'guide.not-found.unskippable'),
    escape: t(lang, 'guide.escape'),
  };

  let showing = false;
  const setShowing = (now: boolean) => {
    if (now === showing) return;
    showing = now;
    onShowing(now);
  };

  function draw() {
    const now = current();
    setShowing(!!finished || !!(now && progress));
    if (finished) {
      const done = finished;
      render(
        <GuideFinished
          text={t(lang, 'guide.finished', { gids: t(lang, done.title as MessageKey) })}
          note={noteFor(done, done.steps.length)}
          close={t(lang, 'guide.close')}
          onClose={() => {
            finished = null;
            setProgress(null);
            draw();
            giveFocusBack();
          }}
        />,
        ui.uiContainer,
      );
      return;
    }
    if (!now || !progress) {
      render(null, ui.uiContainer);
      announced = '';
      return;
    }
    const said = `${now.guide.id}:${now.step.id}`;
    if (said !== announced) {
      announced = said;
      announcer.textContent = `${t(lang, now.guide.title as MessageKey)}, ${t(lang, 'guide.progress', stepCount(now.guide, progress))}: ${t(lang, now.step.instruction as MessageKey)}`;
    }
    const el = now.step.target ? here().find(now.step.target) : null;
    const rect = el ? page.boxOf(el) : null;
    // The field the next step needs, when it is on this page already (2FA, then bewaartermijnen).
    const nextTarget = now.guide.steps[progress.step + 1]?.target;
    const nextEl = nextTarget ? here().find(nextTarget) : null;
    const nextRect = nextEl && nextEl !== el ? page.boxOf(nextEl) : null;
    render(
      <GuideCallout
        key={`${now.guide.id}:${now.step.id}`}
        title={t(lang, now.guide.title as MessageKey)}
        progress={t(lang, 'guide.progress', stepCount(now.guide, progress))}
        instruction={t(lang, now.step.instruction as MessageKey)}
        hint={hints.get(now.step.id)}
        note={noteFor(now.guide, progress.step)}
        anchor={rect}
        next={nextRect}
        missing={now.step.target !== undefined && !rect}
        skippable={now.step.skippable}
        help={now.step.help ? t(lang, now.step.help as MessageKey) : undefined}
        labels={labels}
        onSkip={() => {
          const result = skip(now.guide, progress!);
          if (result.finished) finished = now.guide;
          setProgress(result.finished ? { guide: now.guide.id, step: now.guide.steps.length } : result.progress);
          refresh();
        }}
        onStop={stop}
      />,
      ui.uiContainer,
    );
    if (focusCallout) {
      focusCallout = false;
      ui.focus('.callout');
    }
  }

  function stop() {
    setProgress(null);
    finished = null;
    draw();
    giveFocusBack();
  }

  /** Back to the page where the user was when the guide started (if that is still there). */
  function giveFocusBack() {
    const back = returnTo;
    returnTo = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
  }

  function refresh() {
    evaluate();
    draw();
  }

  // What the user does on a step that waits for a save or a click, noted before the page
  // may navigate away, so the next page knows the step is done.
  // One click on "Opslaan" also submits its form: count that save once, not for two steps.
  let lastSave = 0;
  const onAction = (acted: 'saved' | 'clicked') => {
    // The user may click faster than the debounced re-check: catch up with the page first.
    evaluate();
    const now = current();
    if (!now || !progress) return;
    if (acted === 'saved') {
      if (Date.now() - lastSave < 1000) return;
      lastSave = Date.now();
    }
    const next = noteAction(now.guide, progress, acted);
    if (!next) return;
    setProgress(next);
    queueMicrotask(refresh);
  };
  page.listen('submit', () => onAction('saved'), ctx.signal);
  // A value chosen (a file, an option, a date) may end a step: looked at at once, not only when the
  // page's own check comes round (late on a busy machine).
  page.listen('change', () => current() && queueMicrotask(refresh), ctx.signal);
  page.listen(
    'click',
    (e) => {
      const now = current();
      if (!now || !(e.target instanceof Element)) return;
      if (saveControlAt(e.target)) return onAction('saved');
      const el = now.step.target ? here().find(now.step.target) : null;
      if (el?.contains(e.target)) onAction('clicked');
    },
    ctx.signal,
  );
  page.listen(
    'keydown',
    (e) => {
      // Escape that closes the page's own dialog or list is the page's: the guide goes on (its step may be in that dialog).
      if (e.key !== 'Escape' || !current() || escapeIsThePages(e.target)) return;
      // From our own callout: the guide stops, and a dialog of the page the callout moved into stays open.
      if (inOurLayer(e.target)) e.preventDefault();
      stop();
    },
    ctx.signal,
  );
  page.onMove(draw, ctx.signal);

  // Updated, reloaded or switched off mid-guide: this page's OPP-wijzer is gone (the new one
  // starts on the next page load, and storage.session went with the update), so say so.
  ctx.onInvalidated(() => {
    const now = current();
    if (now) showStoppedNotice(t(lang, 'guide.stopped-by-update', { gids: t(lang, now.guide.title as MessageKey) }), t(lang, 'guide.close'));
  });

  refresh();
  return {
    start(guideId) {
      const guide = guideById(guideId);
      if (!guide) return;
      finished = null;
      // Where the user was: a field of the page, or the sidebar's "Laat zien hoe" (inside our layer).
      returnTo = page.activeElement();
      focusCallout = true;
      setProgress({ guide: guide.id, step: 0 });
      evaluate(true);
      draw();
    },
    refresh,
    setHint(stepId, hint) {
      if (hint) hints.set(stepId, hint);
      else hints.delete(stepId);
      draw();
    },
    setFindings(findings) {
      reading = { findings: findings.map(({ rule, status, message }) => ({ rule, status, message })), at: Date.now() };
      draw();
    },
  };
}
