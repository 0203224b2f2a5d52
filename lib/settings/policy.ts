/**
 * Board-wide policy (Chrome/Edge managed storage, Firefox policies.json "3rdparty"): the
 * language, the checks that are on, the evaluation advice, and extra Dutch synonyms per
 * OPP part or ParnasSys label. Each key is validated on its own: an invalid value is
 * ignored, and the options page says which and why. Pure.
 */
import * as z from 'zod/mini';
import { OPP_PARTS } from '../facts/opp-facts';
import type { OppPart } from '../terms/opp-terms';
import type { Term } from '../terms/term';
import { ARRANGEMENT_PARTS, type ArrangementPart } from '../terms/parnassys-terms';
import { SETTINGS_PARTS } from '../terms/settings-terms';
import { foldLabel } from '../text';

const SYNONYM = z.string().check(z.minLength(2), z.maxLength(80));

export const POLICY_FIELDS = {
  language: z.enum(['nl', 'en']),
  evaluationsAdvised: z.literal([1, 2]),
  disabledChecks: z.array(z.string().check(z.regex(/^[a-z0-9]+\.[a-z0-9]+$/))),
  oppSynonyms: z.partialRecord(z.enum(OPP_PARTS), z.array(SYNONYM)),
  parnassysSynonyms: z.partialRecord(z.enum(ARRANGEMENT_PARTS), z.array(SYNONYM)),
  /** Labels of Topdossier's school settings (2FA, bewaartermijnen). */
  settingsSynonyms: z.partialRecord(z.enum(SETTINGS_PARTS), z.array(SYNONYM)),
};

export type PolicyKey = keyof typeof POLICY_FIELDS;
export type Policy = { [K in PolicyKey]?: z.infer<(typeof POLICY_FIELDS)[K]> };

export interface PolicyProblem {
  key: string;
  /** Locale key of the reason; `detail` says what exactly (a zod message, unknown ids). */
  reason: 'policy.problem.not-object' | 'policy.problem.unknown-key' | 'policy.problem.invalid' | 'policy.problem.unknown-check';
  detail?: string;
}

/** The valid part of a policy, and what was ignored with the reason. */
export function validatePolicy(raw: unknown, knownRules: readonly string[]): { policy: Policy; problems: PolicyProblem[] } {
  const policy: Policy = {};
  const problems: PolicyProblem[] = [];
  if (raw === undefined || raw === null) return { policy, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { policy, problems: [{ key: '(policy)', reason: 'policy.problem.not-object' }] };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(key in POLICY_FIELDS)) {
      problems.push({ key, reason: 'policy.problem.unknown-key' });
      continue;
    }
    const parsed = POLICY_FIELDS[key as PolicyKey].safeParse(value);
    if (!parsed.success) {
      problems.push({ key, reason: 'policy.problem.invalid', detail: parsed.error.issues.map((i) => `${i.path.join('.') || '-'}: ${i.message}`).join('; ') });
      continue;
    }
    if (key === 'disabledChecks') {
      const unknown = (parsed.data as string[]).filter((id) => !knownRules.includes(id));
      if (unknown.length) {
        problems.push({ key, reason: 'policy.problem.unknown-check', detail: unknown.join(', ') });
        continue;
      }
    }
    (policy as Record<string, unknown>)[key] = parsed.data;
  }
  return { policy, problems };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Board synonyms as dictionary terms: a label that starts with the synonym names the part. */
export function synonymTerms<P extends string>(synonyms: Partial<Record<P, string[]>> | undefined): Term<P>[] {
  if (!synonyms) return [];
  return (Object.entries(synonyms) as [P, string[]][]).flatMap(([part, words]) =>
    words.map((w) => ({ part, literal: foldLabel(w), pattern: new RegExp(`^${escape(foldLabel(w))}(?![\\p{L}\\d])`, 'u') })),
  );
}

export type { OppPart, ArrangementPart };
