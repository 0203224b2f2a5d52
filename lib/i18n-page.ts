/**
 * The texts pages show (findings, sidebar, guides), both languages: for every context but
 * the content scripts, which load only their own language (lib/show/content-data.ts).
 */
import nl from '../locales/nl.json';
import en from '../locales/en.json';
import { addMessages } from './i18n';

addMessages({ nl, en });

export const PAGE_TABLES = { nl, en } as const;
