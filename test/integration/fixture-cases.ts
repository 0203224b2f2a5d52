/** The fixture pages with the findings written by hand beside them (`*.expected.json`). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../fixtures');

export interface Expected {
  why: string;
  url?: string;
  today: string;
  /** `{ "opp": "topdossier" }`: the pupil's OPP was opened in Topdossier before. */
  memory?: { opp: 'topdossier' };
  app: string;
  page: string;
  findings: Record<string, string>;
}

export function fixtureCases(): { name: string; html: string; expected: Expected }[] {
  return readdirSync(DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.expected.json') && !f.startsWith('unseen'))
    .sort()
    .map((f) => ({
      name: f.replace('.expected.json', ''),
      html: readFileSync(join(DIR, f.replace('.expected.json', '.html')), 'utf8'),
      expected: JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Expected,
    }));
}

