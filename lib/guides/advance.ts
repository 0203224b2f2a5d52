/**
 * Moves a guide forward over every step whose condition already holds, so a user who is
 * further along (already on the settings page) starts at the step that still needs them.
 * Pure over a `holds` function.
 */
import type { Condition, Guide, Progress } from './guide-schema';

export type Advanced = { finished: true } | { finished: false; progress: Progress };

/**
 * `starting`: the guide starts now, so even its current step was never shown. Otherwise the
 * current step is the one the user saw (and did); the steps passed after it in the same move
 * were already done when the guide came to them, and are noted as `unseen`.
 */
export function advance(guide: Guide, progress: Progress, holds: (c: Condition, acted: Progress['acted']) => boolean, starting = false): Advanced {
  let step = progress.step;
  let acted = progress.acted;
  let unseen = progress.unseen ?? 0;
  while (step < guide.steps.length && guide.steps[step]!.done.some((c) => holds(c, acted))) {
    if (starting || step > progress.step) unseen += 1;
    step += 1;
    acted = undefined;
  }
  if (step >= guide.steps.length) return { finished: true };
  return { finished: false, progress: { guide: guide.id, step, ...(acted ? { acted } : {}), ...(unseen ? { unseen } : {}) } };
}

/**
 * "Stap {stap} van {totaal}" counts what the user has to do. A step counts once the guide has
 * shown it: steps already done when the guide came to them (when it started, or on a page that
 * had them done, as a 2FA that is already on) are left out, before and after they are passed,
 * so a guide started on the settings form says "Stap 1 van 3", not "Stap 3 van 5". The total can
 * only shrink, when a later step turns out to be done already. A step the user skipped
 * ("Overslaan") or passed by saving counts: it was theirs to decide.
 */
export function stepCount(guide: Guide, progress: Progress): { stap: number; totaal: number } {
  const unseen = progress.unseen ?? 0;
  return { stap: progress.step - unseen + 1, totaal: guide.steps.length - unseen };
}

/** The next step after a skip; skipping is offered only on skippable steps. */
export function skip(guide: Guide, progress: Progress): Advanced {
  const step = progress.step + 1;
  const unseen = progress.unseen ? { unseen: progress.unseen } : {};
  return step >= guide.steps.length ? { finished: true } : { finished: false, progress: { guide: guide.id, step, ...unseen } };
}

/**
 * The user saved. If this step waits for that, it is noted here; if it does not but a later
 * step does and only optional steps lie between (opmerkingen, begeleider), the guide moves
 * to that step: the user chose to leave the optional fields and save.
 */
export function noteAction(guide: Guide, progress: Progress, acted: 'saved' | 'clicked'): Progress | null {
  const waitsFor = (i: number) => guide.steps[i]!.done.some((c) => c.kind === acted);
  if (waitsFor(progress.step)) return { ...progress, acted };
  if (acted !== 'saved') return null;
  for (let i = progress.step; i < guide.steps.length; i++) {
    if (waitsFor(i)) return { ...progress, step: i, acted };
    if (!guide.steps[i]!.skippable) return null;
  }
  return null;
}
