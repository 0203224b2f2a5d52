/** The fixture pages with the findings written by hand beside them (`*.expected.json`). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckOptions } from '../../lib/check/core';
import { pageUrl } from '../../cli/page-url';

const DIR = join(import.meta.dirname, '../fixtures');

export interface Expected {
  why: string;
  url?: string;
  today: string;
  /**
   * What the extension remembers of the pupil: `"opp": "topdossier"`, their OPP was opened in
   * Topdossier before; `remembered`, the arrangement periods Passend onderwijs showed.
   */
  memory?: { opp?: 'topdossier'; remembered?: { begin: string; end: string | null }[] };
  app: string;
  page: string;
  findings: Record<string, string>;
}

export function fixtureCases(): { name: string; html: string; expected: Expected }[] {
  return readdirSync(DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.expected.json') && !f.startsWith('unseen'))
    .sort()
    .map((f) => fixtureCase(f.replace('.expected.json', '')));
}

/** The options a fixture page is checked with: its address, its today and what is remembered of its pupil. */
export function optionsOf(html: string, expected: Expected): CheckOptions {
  const memory = expected.memory;
  return {
    url: expected.url ?? pageUrl(html),
    today: expected.today,
    ...(memory ? { pupil: { ...(memory.opp ? { opp: { how: memory.opp } } : {}), ...(memory.remembered ? { remembered: memory.remembered } : {}) } } : {}),
  };
}

/** One fixture by name (`opp/a-no-consent`), as `fixtureCases` reads it. */
export function fixtureCase(name: string): { name: string; html: string; expected: Expected } {
  return {
    name,
    html: readFileSync(join(DIR, `${name}.html`), 'utf8'),
    expected: JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected,
  };
}
