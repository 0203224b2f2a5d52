/**
 * Every text a user reads comes from locales/<lang>.json (what pages show: findings,
 * sidebar, guides) and locales/<lang>.ui.json (popup, options, decision aid, CLI). Dutch is
 * the product's first language; English is the second. Pure lookup, usable in Node and the
 * extension. This module holds no table itself: `lib/i18n-page.ts` adds the page tables
 * (background, popup, options, CLI, tests) and `lib/i18n-ui.ts` the UI tables. A content
 * script carries neither: it adds the one language it shows, mirrored by the background
 * into storage (lib/show/content-data.ts).
 */
export const LANGUAGES = ['nl', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export type MessageKey = keyof typeof import('../locales/nl.json') | keyof typeof import('../locales/nl.ui.json');
/** A list of message keys is shown as the translated texts joined by commas. */
export type Params = Record<string, string | number | MessageKey[]>;

const TABLES: Record<Lang, Record<string, string>> = { nl: {}, en: {} };

export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = TABLES[lang][key] ?? TABLES.nl[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (Array.isArray(value)) return value.map((k) => t(lang, k)).join(', ');
    return String(value ?? `{${name}}`);
  });
}

/** Adds tables of messages, for one language or both; later keys of the same name win. */
export function addMessages(tables: Partial<Record<Lang, Record<string, string>>>): void {
  for (const lang of LANGUAGES) Object.assign(TABLES[lang], tables[lang] ?? {});
}


/** Whether the page texts of `lang` are there (a content script loads them first). */
export function hasPageMessages(lang: Lang): boolean {
  return 'general.loading' in TABLES[lang];
}

/** The browser's language decides, Dutch unless it is English. */
export function langFrom(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export const localeTables = TABLES;
