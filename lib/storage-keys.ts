/**
 * Every key OPP-wijzer writes in browser storage, in one place. Each writer imports its key
 * from here, and docs/privacy.md describes each one for the school's privacy officer:
 * test/privacy-doc.test.ts fails when the document misses a key, names one that is not here,
 * or when a file writes storage without taking its key from this module.
 */

/** The user's own options (language, evaluations advised, checks off): lib/settings/settings-store.ts. */
export const OPTIONS_KEY = 'options';
/** A copy of the board's policy from storage.managed: lib/settings/policy-mirror.ts. */
export const POLICY_MIRROR_KEY = 'boardPolicy';
/** Labels the user taught ("Wijs het aan"), one versioned record: lib/taught/taught-store.ts. */
export const TAUGHT_KEY = 'taughtLabels';
/** The sidebar open or folded, left or right: lib/show/ui-prefs.ts. */
export const SIDEBAR_PREFS_KEY = 'sidebarPrefs';
/** Notes the user closed (✕), per kind of note, with the check ids they said then: lib/show/closed-notes.ts. */
export const CLOSED_NOTES_KEY = 'closedNotes';
/** The pupil links' record (format version, salt): lib/privacy/link-store.ts. */
export const LINKS_RECORD_KEY = 'pupilLinks';
/** One pupil's link: this prefix and the salted key (lib/privacy/link-format.ts). */
export const LINK_ENTRY_PREFIX = 'pupilLink:';
/** Format 1 of the links (before 2026-11-29): read once, moved, then removed. */
export const LINKS_V1_KEYS = ['salt', 'links'] as const;
/** The page texts and guides of one language, mirrored for the content scripts: lib/show/content-data-mirror.ts. */
export const CONTENT_DATA_PREFIX = 'contentData:';
export const contentDataKey = (lang: string) => `${CONTENT_DATA_PREFIX}${lang}`;
/** "Nieuw in deze versie": which version's news the options page still has to show once: lib/whats-new/whats-new-store.ts. */
export const WHATS_NEW_KEY = 'whatsNew';
/** Guide progress of one tab, in session storage: lib/guides/progress-store.ts. */
export const GUIDE_PROGRESS_PREFIX = 'guide:';

export interface StorageKey {
  area: 'local' | 'session';
  /** The key, or the fixed start of a family of keys. */
  key: string;
  /** For a family: what follows the prefix, as docs/privacy.md names it (`pupilLink:<sleutel>`). */
  variable?: string;
}

export const STORAGE_KEYS: readonly StorageKey[] = [
  { area: 'local', key: OPTIONS_KEY },
  { area: 'local', key: POLICY_MIRROR_KEY },
  { area: 'local', key: TAUGHT_KEY },
  { area: 'local', key: SIDEBAR_PREFS_KEY },
  { area: 'local', key: CLOSED_NOTES_KEY },
  { area: 'local', key: LINKS_RECORD_KEY },
  { area: 'local', key: LINK_ENTRY_PREFIX, variable: 'sleutel' },
  ...LINKS_V1_KEYS.map((key) => ({ area: 'local' as const, key })),
  { area: 'local', key: CONTENT_DATA_PREFIX, variable: 'taal' },
  { area: 'local', key: WHATS_NEW_KEY },
  { area: 'session', key: GUIDE_PROGRESS_PREFIX, variable: 'tabblad' },
];

/** How docs/privacy.md writes a key: `options`, `pupilLink:<sleutel>`. */
export const documentedName = (k: StorageKey) => (k.variable ? `${k.key}<${k.variable}>` : k.key);
