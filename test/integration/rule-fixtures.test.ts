/**
 * Each rule's own fixtures (axe-core keeps pass and fail pages per rule): every page a rule's
 * file names for an outcome (`fixtures` beside its check) is read and judged whole, as the
 * extension and the CLI do, and the rule must give that outcome there. A rule names a page for
 * every outcome its code can give, so no outcome goes without a page that shows it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHtml } from '../../cli/check-html';
import type { Finding, Status } from '../../lib/contract';
import type { RuleFixtures, RuleMeta } from '../../lib/judge/rule';
import { fixtureCase, optionsOf } from './fixture-cases';

const ROOT = resolve(import.meta.dirname, '../..');
const RULES = import.meta.glob<{ meta: RuleMeta; fixtures: RuleFixtures }>(['../../lib/judge/rules/*.ts', '!../../lib/judge/rules/*.test.ts'], { eager: true });

/** Each fixture page judged once, however many rules name it. */
const judged = new Map<string, Finding[]>();
function findingsOf(name: string): Finding[] {
  let findings = judged.get(name);
  if (!findings) {
    const { html, expected } = fixtureCase(name);
    findings = checkHtml(html, optionsOf(html, expected)).report.findings;
    judged.set(name, findings);
  }
  return findings;
}

/**
 * The outcomes a rule's code can give: each `status: '…'` in its file and in the judge helpers it
 * builds on (lib/judge/content-part.ts, setting-rule.ts: the shapes that give a rule its verdicts).
 */
function outcomesInCode(file: string): Status[] {
  const source = readFileSync(file, 'utf8');
  const helpers = [...source.matchAll(/from '(\.\.\/[\w-]+)'/g)].map((m) => resolve(dirname(file), `${m[1]}.ts`));
  const code = [source, ...helpers.map((h) => readFileSync(h, 'utf8'))].join('\n');
  return [...new Set([...code.matchAll(/status: '(pass|fail|review|n\/a)'/g)].map((m) => m[1] as Status))].sort();
}

describe.each(Object.entries(RULES).map(([path, module]) => [module.meta.id, path, module] as const))('%s', (id, path, { fixtures }) => {
  it('names a fixture page for every outcome its code can give, and for no other', () => {
    const named = Object.entries(fixtures).filter(([, pages]) => pages.length > 0).map(([status]) => status).sort();
    expect(named).toEqual(outcomesInCode(join(ROOT, path.replace('../../', ''))));
  });

  const cases = Object.entries(fixtures).flatMap(([status, pages]) => pages.map((page) => ({ status, page })));
  it.each(cases)('gives $status on $page', ({ status, page }) => {
    const finding = findingsOf(page).find((f) => f.rule === id);
    expect(finding, `${id} does not run on ${page}`).toBeDefined();
    expect(finding?.status, finding?.message).toBe(status);
  });
});
