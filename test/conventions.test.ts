/**
 * Conventions a test enforces, so they don't rot: every rule has its own file named by
 * its id, holding the rule and its metadata and nothing else lives beside them; a title and
 * source in both languages, and a line in the README; both locales have the same keys, none
 * empty; every message key the code names exists.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, ruleMeta } from '../lib/judge/rule-index';
import { sourceOf } from '../lib/judge/rule-sources';
import { OPP_RULES } from '../lib/judge/opp-rules';
import { SETTINGS_RULES } from '../lib/judge/settings-rules';
import { ALL_ROD_RULES, PARNASSYS_RULES } from '../lib/judge/parnassys-rules';
import type { Rule, RuleMeta } from '../lib/judge/rule';
import { guideForRule } from '../lib/guides/guide-for-rule';
import { GUIDES } from '../lib/guides/catalog';
import { GuideSchema } from '../lib/guides/guide-schema';
import { localeTables } from '../lib/i18n';
import '../lib/i18n-ui';

const ROOT = resolve(import.meta.dirname, '..');
const RULES = [...ALL_RULES];
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id) => {
  it('lives in a file named by its id', () => {
    expect(existsSync(join(ROOT, `lib/judge/rules/${id}.ts`))).toBe(true);
  });
  it('has a title and a source in Dutch and English', () => {
    for (const table of Object.values(localeTables)) {
      expect(table[`rule.${id}`]?.trim()).toBeTruthy();
      expect(table[sourceOf(id) ?? '']?.trim()).toBeTruthy();
    }
  });
  it('is documented in the README', () => {
    expect(readme).toContain(`\`${id}\``);
  });
});

/** Every file in lib/judge/rules/ but the tests, by name. */
const RULE_FILES = import.meta.glob<{ default: Rule<unknown>; meta: RuleMeta }>(['../lib/judge/rules/*.ts', '!../lib/judge/rules/*.test.ts'], { eager: true });

describe.each(Object.entries(RULE_FILES).map(([path, module]) => [path.replace('../', ''), module] as const))('%s', (path, module) => {
  it('is a rule: its name is a rule id in the index, and it exports the rule and its meta', () => {
    const id = path.replace(/^.*\//, '').replace(/\.ts$/, '');
    expect(ruleMeta(id), 'not in lib/judge/rule-index.ts').toBe(module.meta);
    expect(module.meta.id).toBe(id);
    expect(typeof module.default?.check).toBe('function');
    expect({ id: module.default.id, page: module.default.page }).toEqual({ id, page: module.meta.page });
  });
});

it('runs exactly the rules in the index, on their own page kind', () => {
  const run = [...OPP_RULES, ...SETTINGS_RULES, ...ALL_ROD_RULES];
  expect(run.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
  for (const rule of Object.values(PARNASSYS_RULES).flat()) expect(ALL_ROD_RULES).toContain(rule);
  expect(Object.keys(RULE_FILES).length).toBe(RULES.length);
});

it('names only guides that exist', () => {
  for (const { id } of RULES) {
    const guide = guideForRule(id);
    if (guide) expect(GUIDES.map((g) => g.id), id).toContain(guide);
  }
});

it('has unique rule ids', () => {
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
});

describe('locales', () => {
  const [nl, en] = [localeTables.nl, localeTables.en];
  it('have the same keys in Dutch and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [key, text] of [...Object.entries(nl), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });
  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(nl)) {
      const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(names(en[key] ?? ''), key).toEqual(names(nl[key] ?? ''));
    }
  });
  it('keep page and UI texts apart, with no key in both', () => {
    const page = JSON.parse(readFileSync(join(ROOT, 'locales/nl.json'), 'utf8'));
    const ui = JSON.parse(readFileSync(join(ROOT, 'locales/nl.ui.json'), 'utf8'));
    expect(Object.keys(ui).filter((k) => k in page)).toEqual([]);
    const uiEn = JSON.parse(readFileSync(join(ROOT, 'locales/en.ui.json'), 'utf8'));
    expect(Object.keys(uiEn).sort()).toEqual(Object.keys(ui).sort());
  });

  it('cover the manifest in both languages', () => {
    const read = (lang: string) => JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'));
    expect(Object.keys(read('en')).sort()).toEqual(Object.keys(read('nl')).sort());
  });
});

it('names only message keys that exist', () => {
  const files = ['lib', 'cli', 'components', 'entrypoints'].flatMap((dir) =>
    existsSync(join(ROOT, dir))
      ? readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
          .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))
          .map((f) => join(ROOT, dir, f))
      : [],
  );
  const keyLike = /'((?:opp|general|status|rule|source|cli|part|sidebar|popup|settings|rod|guide|options|banner|marker|whatsnew|store)\.[\w./-]+)'/g;
  const missing: string[] = [];
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(keyLike)) {
      const key = m[1] ?? '';
      const isRuleId = RULES.some((r) => r.id === key);
      if (!isRuleId && !(key in localeTables.nl)) missing.push(`${key} (${file.slice(ROOT.length + 1)})`);
    }
  }
  expect(missing).toEqual([]);
});

describe.each(GUIDES.map((g) => [g.id, g] as const))('guide %s', (id, guide) => {
  it('fits the guide schema', () => {
    expect(GuideSchema.safeParse(guide).success).toBe(true);
  });
  it('lives in a file named by its id', () => {
    expect(existsSync(join(ROOT, `lib/guides/catalog/${id}.ts`))).toBe(true);
  });
  it('has every text in Dutch and English', () => {
    const keys = [guide.title, ...guide.steps.flatMap((s) => [s.instruction, ...(s.help ? [s.help] : [])])];
    for (const table of Object.values(localeTables)) for (const key of keys) expect(table[key]?.trim(), key).toBeTruthy();
  });
  it('has unique step ids and every step a way to finish', () => {
    expect(new Set(guide.steps.map((s) => s.id)).size).toBe(guide.steps.length);
    for (const step of guide.steps) expect(step.done.length).toBeGreaterThan(0);
  });
});
