/**
 * The glossary (docs/woordenlijst.md) is the one place that says what each thing is called on
 * the screens: every name it lists is used in the Dutch texts, and no word it rules out is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const doc = readFileSync(join(ROOT, 'docs/woordenlijst.md'), 'utf8');
/** Texts for the ICT or the store's reviewers, not for staff (the glossary says so). */
const NOT_FOR_STAFF = /^(cli|store)\./;
const texts = ['locales/nl.json', 'locales/nl.ui.json'].flatMap((file) =>
  Object.entries(JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, string>)
    .filter(([key]) => !NOT_FOR_STAFF.test(key))
    // A placeholder ("{label}") is filled in, never shown: only the words around it count against a text.
    .map(([key, text]) => ({ where: `${file}: ${key}`, text, shown: text.replace(/\{\w+\}/g, '') })),
);

/** The glossary's table: each row's name to use and the words not to use. */
const rows = doc
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| Zo ') && !line.startsWith('| ---'))
  .map((line) => {
    const [use, avoid] = line.split('|').slice(1, 3).map((c) => c.trim());
    return { use: use!, avoid: avoid ? avoid.split(';').map((w) => w.trim()).filter(Boolean) : [] };
  });

/** A word or phrase as a whole word, in any case. */
const wordIn = (phrase: string, text: string) => new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}])`, 'iu').test(text);

describe('one word for each thing (docs/woordenlijst.md)', () => {
  it('lists its terms', () => {
    expect(rows.length).toBeGreaterThanOrEqual(6);
  });

  it.each(rows.map((r) => [r.use, r] as const))('"%s" is what the screens say', (_, row) => {
    expect(texts.some((x) => wordIn(row.use, x.text))).toBe(true);
  });

  it.each(rows.flatMap((r) => r.avoid.map((w) => [w] as const)))('"%s" is on no screen for staff', (word) => {
    expect(texts.filter((x) => wordIn(word, x.shown)).map((x) => x.where)).toEqual([]);
  });
});
