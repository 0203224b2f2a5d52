/**
 * The user's own options and the settings in force: defaults, then the user's choices,
 * then the board's policy, which wins. Pure, so content scripts, popup and options agree.
 */
import * as z from 'zod/mini';
import type { Lang } from '../i18n';
import type { Policy } from './policy';

export const UserOptionsSchema = z.object({
  /** Default: the browser's language. */
  language: z.optional(z.enum(['nl', 'en'])),
  /** Default: 2 (the board's advice, docs/regels.md#jaarlijkse-afstemming). */
  evaluationsAdvised: z.optional(z.literal([1, 2])),
  /** Default: every check on. */
  disabledChecks: z.optional(z.array(z.string())),
});
export type UserOptions = z.infer<typeof UserOptionsSchema>;

export interface Effective {
  lang: Lang;
  evaluationsAdvised: 1 | 2;
  disabledChecks: string[];
  /** Which settings the board decided: the options page shows them locked. */
  lockedByPolicy: ('language' | 'evaluationsAdvised' | 'disabledChecks')[];
}

export function effectiveSettings(browserLang: Lang, user: UserOptions, policy: Policy): Effective {
  const locked: Effective['lockedByPolicy'] = [];
  if (policy.language) locked.push('language');
  if (policy.evaluationsAdvised) locked.push('evaluationsAdvised');
  if (policy.disabledChecks) locked.push('disabledChecks');
  return {
    lang: policy.language ?? user.language ?? browserLang,
    evaluationsAdvised: policy.evaluationsAdvised ?? user.evaluationsAdvised ?? 2,
    disabledChecks: [...new Set([...(policy.disabledChecks ?? []), ...(policy.disabledChecks ? [] : (user.disabledChecks ?? []))])],
    lockedByPolicy: locked,
  };
}
