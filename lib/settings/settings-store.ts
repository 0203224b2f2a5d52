/**
 * Reads the settings in force: the user's options (storage.local) and the board's policy
 * (Chrome/Edge policy or Firefox policies.json, mirrored by the background), validated.
 */
import { browser } from 'wxt/browser';
import { OPTIONS_KEY } from '../storage-keys';
import { langFrom } from '../i18n';
import { RULE_IDS } from '../judge/rule-sources';
import type { Term } from '../terms/term';
import type { ArrangementPart } from '../terms/parnassys-terms';
import type { SettingsPart } from '../terms/settings-terms';
import { synonymTerms, validatePolicy, type Policy, type PolicyProblem } from './policy';
import { mirroredPolicy, POLICY_MIRROR } from './policy-mirror';
import { effectiveSettings, UserOptionsSchema, type Effective, type UserOptions } from './user-options';
import { loadTaught, mergeWithPolicy, policySnippet, TAUGHT_KEY, type TaughtLabel } from '../taught/taught-format';

export interface Settings extends Effective {
  user: UserOptions;
  policy: Policy;
  problems: PolicyProblem[];
  oppTerms: Term[];
  arrangementTerms: Term<ArrangementPart>[];
  settingsTerms: Term<SettingsPart>[];
  /** Labels the user taught ("Wijs het aan"): in force, and those the board's policy overrules. */
  taught: { inForce: TaughtLabel[]; overruled: TaughtLabel[]; newerFormat: boolean };
}

const OPTIONS = OPTIONS_KEY;

export async function loadSettings(): Promise<Settings> {
  // One storage call for both: the popup waits for it before it can draw.
  const stored = await browser.storage.local.get([OPTIONS, POLICY_MIRROR, TAUGHT_KEY]);
  const parsed = UserOptionsSchema.safeParse(stored[OPTIONS] ?? {});
  const user = parsed.success ? parsed.data : {};
  const { policy, problems } = validatePolicy(mirroredPolicy(stored), RULE_IDS);
  const loaded = loadTaught(stored[TAUGHT_KEY]);
  const taught = mergeWithPolicy(loaded.kind === 'ok' ? loaded.labels : [], policy);
  const snippet = policySnippet(taught.inForce);
  return {
    ...effectiveSettings(langFrom(navigator.language), user, policy),
    user,
    policy,
    problems,
    // The board's synonyms first: where both name a label, the board's meaning holds.
    oppTerms: [...synonymTerms(policy.oppSynonyms), ...synonymTerms(snippet.oppSynonyms)],
    taught: { ...taught, newerFormat: loaded.kind === 'newer' },
    arrangementTerms: [...synonymTerms<ArrangementPart>(policy.parnassysSynonyms), ...synonymTerms<ArrangementPart>(snippet.parnassysSynonyms)],
    settingsTerms: [...synonymTerms<SettingsPart>(policy.settingsSynonyms), ...synonymTerms<SettingsPart>(snippet.settingsSynonyms)],
  };
}

let writing: Promise<unknown> = Promise.resolve();

/**
 * The one writer of the user's options. It merges a change into what is stored, one change at
 * a time: two quick clicks (or two open settings pages) never undo each other.
 */
export function changeUserOptions(change: Partial<UserOptions>, storage = browser.storage.local): Promise<UserOptions> {
  const next = writing.then(async () => {
    const stored = await storage.get(OPTIONS);
    const parsed = UserOptionsSchema.safeParse(stored[OPTIONS] ?? {});
    const merged = UserOptionsSchema.parse({ ...(parsed.success ? parsed.data : {}), ...change });
    await storage.set({ [OPTIONS]: merged });
    return merged;
  });
  writing = next.catch(() => undefined);
  return next;
}

/** The settings as they will be once a change of the user's options is stored: a click shows at once. */
export function withUserOptions(settings: Settings, change: Partial<UserOptions>): Settings {
  const user = { ...settings.user, ...change };
  return { ...settings, ...effectiveSettings(langFrom(navigator.language), user, settings.policy), user };
}

/** Calls back when the user's options or the board's policy change. */
export function onSettingsChange(callback: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (OPTIONS in changes || POLICY_MIRROR in changes || TAUGHT_KEY in changes)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
