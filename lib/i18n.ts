/**
 * Every text a user reads comes from locales/<lang>.json. Dutch is the product's first
 * language; English is the second. Pure lookup, usable in Node (CLI) and the extension.
 */
import nl from '../locales/nl.json';
import en from '../locales/en.json';

export const LANGUAGES = ['nl', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export type MessageKey = keyof typeof nl;
/** A list of message keys is shown as the translated texts joined by commas. */
export type Params = Record<string, string | number | MessageKey[]>;

const TABLES: Record<Lang, Record<string, string>> = { nl, en };

export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = TABLES[lang][key] ?? TABLES.nl[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (Array.isArray(value)) return value.map((k) => t(lang, k)).join(', ');
    return String(value ?? `{${name}}`);
  });
}

export function hasMessage(key: string): key is MessageKey {
  return key in nl;
}

/** The browser's language decides, Dutch unless it is English. */
export function langFrom(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export const localeTables = TABLES;
