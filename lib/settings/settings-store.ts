/**
 * Reads the settings in force: the user's options (storage.local) and the board's policy
 * (storage.managed, filled by Chrome/Edge policy or Firefox policies.json), validated.
 */
import { browser } from 'wxt/browser';
import { langFrom } from '../i18n';
import { ALL_RULES } from '../judge/rule-index';
import type { Term } from '../read/opp-terms';
import type { ArrangementPart } from '../read/parnassys-terms';
import { synonymTerms, validatePolicy, type Policy, type PolicyProblem } from './policy';
import { effectiveSettings, UserOptionsSchema, type Effective, type UserOptions } from './user-options';

export interface Settings extends Effective {
  user: UserOptions;
  policy: Policy;
  problems: PolicyProblem[];
  oppTerms: Term[];
  arrangementTerms: Term<ArrangementPart>[];
}

const OPTIONS = 'options';

async function managed(): Promise<unknown> {
  try {
    // Firefox without a policy, or a browser without managed storage, throws: no policy.
    return await browser.storage.managed.get(null);
  } catch {
    return undefined;
  }
}

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(OPTIONS))[OPTIONS];
  const parsed = UserOptionsSchema.safeParse(stored ?? {});
  const user = parsed.success ? parsed.data : {};
  const raw = await managed();
  const empty = raw && typeof raw === 'object' && Object.keys(raw).length === 0;
  const { policy, problems } = validatePolicy(empty ? undefined : raw, ALL_RULES.map((r) => r.id));
  return {
    ...effectiveSettings(langFrom(navigator.language), user, policy),
    user,
    policy,
    problems,
    oppTerms: synonymTerms(policy.oppSynonyms),
    arrangementTerms: synonymTerms<ArrangementPart>(policy.parnassysSynonyms),
  };
}

export async function saveUserOptions(options: UserOptions): Promise<void> {
  await browser.storage.local.set({ [OPTIONS]: UserOptionsSchema.parse(options) });
}

/** Calls back when the user's options or the board's policy change. */
export function onSettingsChange(callback: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && OPTIONS in changes)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
