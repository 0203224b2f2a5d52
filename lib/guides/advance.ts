/**
 * Moves a guide forward over every step whose condition already holds, so a user who is
 * further along (already on the settings page) starts at the step that still needs them.
 * Pure over a `holds` function.
 */
import type { Condition, Guide, Progress } from './guide-schema';

export type Advanced = { finished: true } | { finished: false; progress: Progress };

export function advance(guide: Guide, progress: Progress, holds: (c: Condition, acted: Progress['acted']) => boolean): Advanced {
  let step = progress.step;
  let acted = progress.acted;
  while (step < guide.steps.length && guide.steps[step]!.done.some((c) => holds(c, acted))) {
    step += 1;
    acted = undefined;
  }
  if (step >= guide.steps.length) return { finished: true };
  return { finished: false, progress: { guide: guide.id, step, ...(acted ? { acted } : {}) } };
}

/** The next step after a skip; skipping is offered only on skippable steps. */
export function skip(guide: Guide, progress: Progress): Advanced {
  const step = progress.step + 1;
  return step >= guide.steps.length ? { finished: true } : { finished: false, progress: { guide: guide.id, step } };
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
    if (waitsFor(i)) return { guide: guide.id, step: i, acted };
    if (!guide.steps[i]!.skippable) return null;
  }
  return null;
}
