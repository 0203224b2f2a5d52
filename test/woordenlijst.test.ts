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

/** Every text of both languages, ICT texts included: these rules hold for all of them. */
const allTexts = ['nl.json', 'nl.ui.json', 'en.json', 'en.ui.json'].flatMap((file) =>
  Object.entries(JSON.parse(readFileSync(join(ROOT, 'locales', file), 'utf8')) as Record<string, string>).map(([key, text]) => ({ where: `${file}: ${key}`, text })),
);

/** Whether a text opens a quote inside another (‘…’ or “…” or "…" inside any of them). ’ alone is an apostrophe (OPP's). */
function nestsQuotes(text: string): boolean {
  const open: string[] = [];
  for (const c of text) {
    if (c === '‘' || c === '“' || (c === '"' && open.at(-1) !== '"')) {
      if (open.length) return true;
      open.push(c);
    } else if ((c === '’' && open.at(-1) === '‘') || (c === '”' && open.at(-1) === '“') || (c === '"' && open.at(-1) === '"')) open.pop();
  }
  return false;
}

describe('said once, the same way (docs/woordenlijst.md, "Verder")', () => {
  it('names ‘ingangsdatum’ only in ParnasSys\' column ‘Onderwijsarrangement peildatum (ingangsdatum)’, spelled as ParnasSys does', () => {
    const outside = allTexts.filter((x) => /ingangsdatum/i.test(x.text.replaceAll('‘Onderwijsarrangement peildatum (ingangsdatum)’', '')));
    expect(outside.map((x) => x.where)).toEqual([]);
  });

  it('puts no quote inside another', () => {
    expect(nestsQuotes('Kies ‘Opslaan’ en dan “Inschrijving PO aanleveren”.')).toBe(false);
    expect(nestsQuotes('“alleen ‘n.v.t.’ ingevuld”')).toBe(true);
    expect(allTexts.filter((x) => nestsQuotes(x.text)).map((x) => x.where)).toEqual([]);
  });
});
