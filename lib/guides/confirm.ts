/**
 * After "Opslaan" a guide says whether the save did what the guide is for, from the page as it
 * is read after the save (the rule named by the guide's `confirm`): "Het onderwijsarrangement
 * staat geregistreerd", or what that rule's finding still says. Pure, over the times the
 * runner noted.
 *
 * Only a reading made after the save counts. A failing one is said only when it stands a moment
 * (SETTLE_MS) after a save made in this page: ParnasSys saves by Ajax, and a reading of the
 * form while the answer is on its way (a busy sign changed the page) would be a false alarm. A
 * page loaded after the save is read as it is: the save is behind it.
 */
import type { Finding } from '../contract';
import type { Guide, Progress } from './guide-schema';

export const SETTLE_MS = 2000;

export interface Reading {
  findings: readonly Pick<Finding, 'rule' | 'status' | 'message'>[];
  /** When the page was read (ms). */
  at: number;
}

export type Confirmation = { status: 'pass'; key: string } | { status: 'fail' | 'review'; message: string };

/**
 * `step`: the guide's current step (its length once finished). `savedAt`: when the guide went
 * past its save step in this page, 0 when the page was loaded after that.
 */
export function confirmation(guide: Guide, step: Progress['step'], reading: Reading | null, savedAt: number, now: number): Confirmation | null {
  const confirm = guide.confirm;
  if (!confirm || !reading) return null;
  const save = confirmedSave(guide);
  if (save < 0 || step <= save || reading.at < savedAt) return null;
  const finding = reading.findings.find((f) => f.rule === confirm.rule);
  // Not on this page (Personalia, the ROD message): nothing known, nothing said.
  if (!finding) return null;
  if (finding.status === 'pass') return { status: 'pass', key: confirm.done };
  if (savedAt > 0 && now - savedAt < SETTLE_MS) return null;
  // Never a false alarm: only a rule that says "ontbreekt" makes this "nog niet"; the rest is to check.
  return { status: finding.status === 'fail' ? 'fail' : 'review', message: finding.message };
}

/** The index of the guide's save step that it confirms, or -1. */
export function confirmedSave(guide: Guide): number {
  return guide.confirm ? guide.steps.findIndex((s) => s.id === guide.confirm!.after) : -1;
}
