/**
 * A rule is data plus one pure check (axe-core's model): its id, the page kind it applies
 * to, where the requirement comes from, and a check over typed facts. Each rule's file exports
 * the check (default), its metadata (`meta`, read by lib/judge/rule-index.ts) and the fixture
 * pages that prove each outcome (`fixtures`, read only by test/integration/rule-fixtures.test.ts).
 */
import type { Evidence, PageKind, Status } from '../contract';
import type { OppPartKey } from '../facts/opp-facts';
import type { MessageKey, Params } from '../i18n';
import type { ArrangementPart } from '../terms/parnassys-terms';
import type { SettingsPart } from '../terms/settings-terms';

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

/**
 * What the views need to know of a rule without its check: plain data, so a view that imports
 * the index (lib/judge/rule-index.ts) does not carry the rules' code. Its page kind decides which
 * dictionary a label taught for it joins: OPP parts, Topdossier's school settings, or ParnasSys'
 * arrangement fields (lib/taught/taught-format.ts).
 */
export type RuleMeta = MetaOn<'opp', OppPartKey> | MetaOn<'settings', SettingsPart> | MetaOn<'student' | 'arrangements' | 'rod' | 'documents', ArrangementPart>;

interface MetaOn<P extends PageKind, Part extends string> {
  id: string;
  /** The page kind it applies to; `settings`: Topdossier's school settings (a banner, not the sidebar). */
  page: P;
  /** Where the requirement comes from, shown behind "Waarom?": a section of docs/regels.md or a law article. */
  source: MessageKey;
  /** The guide that shows how to fix what the rule found ("Laat zien hoe"; lib/guides/catalog). */
  guide?: string;
  /** The parts a user can teach a label for ("Wijs het aan") when the rule found nothing to read: lib/taught/teachable.ts. */
  teach?: readonly Part[];
  /** Its trouble shows on the badge beside the pupil's name in ParnasSys. */
  badge?: true;
}

/**
 * Per outcome the rule can give, the fixture pages (test/fixtures/<name>.html, run as their
 * <name>.expected.json says) on which it gives that outcome.
 */
export type RuleFixtures = Partial<Record<Status, readonly string[]>>;

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
