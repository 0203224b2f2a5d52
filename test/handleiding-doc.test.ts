/**
 * docs/handleiding.md is what staff read instead of asking: it must show only screenshots the e2e
 * run makes (so they are refreshed with the product), name every check and every guide by the
 * title the user sees, and the buttons by their current words.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDES } from '../lib/guides/catalog';
import { t, type MessageKey } from '../lib/i18n';
import { ALL_RULES } from '../lib/judge/rule-index';
import '../lib/i18n-ui';

const ROOT = resolve(import.meta.dirname, '..');
const doc = readFileSync(join(ROOT, 'docs/handleiding.md'), 'utf8');
const images = [...doc.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);

/** The names the e2e run saves into docs/ (readmeShot(page, 'name')). */
const e2eShots = new Set(
  readdirSync(join(ROOT, 'test/e2e'))
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(join(ROOT, 'test/e2e', f), 'utf8').matchAll(/readmeShot\([^,]+,\s*'([\w-]+)'/g)].map((m) => `${m[1]}.png`)),
);

describe('docs/handleiding.md', () => {
  it('has a section per task', () => {
    const headings = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    for (const task of ['Een OPP afmaken', 'Een OPP registreren', 'De ROD-controle doen na een brief van DUO', '2FA en bewaartermijnen', 'Een onbekend kopje aanwijzen']) {
      expect(headings.some((h) => h.startsWith(task)), task).toBe(true);
    }
  });

  it('shows only screenshots that exist and that the e2e run makes', () => {
    expect(images.length).toBeGreaterThanOrEqual(6);
    for (const image of images) {
      expect(existsSync(join(ROOT, 'docs', image)), image).toBe(true);
      expect(e2eShots.has(image), `${image} is made by the e2e run`).toBe(true);
    }
  });

  it('names every check by the title the sidebar shows', () => {
    const missing = ALL_RULES.map((r) => t('nl', `rule.${r.id}` as MessageKey)).filter((title) => !doc.includes(title));
    expect(missing).toEqual([]);
  });

  it('names every guide by its title', () => {
    const missing = GUIDES.map((g) => t('nl', g.title as MessageKey)).filter((title) => !doc.includes(title));
    expect(missing).toEqual([]);
  });

  it('names the buttons by their current words', () => {
    const buttons: MessageKey[] = ['pupil.register', 'pupil.has-opp', 'point.button', 'point.remember', 'banner.show-how', 'guide.stop', 'options.wipe', 'overzicht.open', 'needed.title'];
    expect(buttons.map((key) => t('nl', key)).filter((text) => !doc.includes(text))).toEqual([]);
    expect(doc).toContain(t('nl', 'whatsnew.title', { versie: '' }).replace(/\s*\(\)$/, ''));
  });
});
