/**
 * A rule is data plus one pure check (axe-core's model): its id, the page kind it applies
 * to, where the requirement comes from, and a check over typed facts.
 */
import type { Evidence, PageKind, Status } from '../contract';
import type { MessageKey, Params } from '../i18n';

export interface Verdict {
  status: Status;
  message: MessageKey;
  params?: Params;
  evidence: Evidence[];
}

export interface JudgeContext {
  /** ISO date the checks take as today (CLI --today; the browser's date otherwise). */
  today: string;
  /** Board advice on evaluations per school year (advice is twice: docs/regels.md#jaarlijkse-afstemming). */
  evaluationsAdvised: 1 | 2;
}

export interface Rule<F> {
  id: string;
  page: PageKind;
  check(facts: F, ctx: JudgeContext): Verdict;
}

export function evidenceOf(fields: { label: string; where: string }[]): Evidence[] {
  return fields.slice(0, 6).map((f) => ({ label: f.label, where: f.where }));
}

/**
 * Evidence of a finding built from several fields, the fields at fault first and flagged, so the
 * page marks them and not the field that merely turned the part on (a tick box "ja").
 */
export function evidenceWithTrouble(trouble: { label: string; where: string }[], rest: { label: string; where: string }[]): Evidence[] {
  const at = new Set(trouble.map((f) => f.where));
  const first = evidenceOf(trouble).map((e) => ({ ...e, trouble: true as const }));
  return [...first, ...evidenceOf(rest.filter((f) => !at.has(f.where)))].slice(0, 6);
}
