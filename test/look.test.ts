/**
 * "Controleren" looks the same everywhere it is said (#25 item 9): in the amber of the toolbar's
 * "?" (lib/badge.ts), on the extension's pages and beside a pupil's name in ParnasSys.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { AMBER } from '../lib/badge';

const css = (file: string) => readFileSync(join(import.meta.dirname, '..', 'components', file), 'utf8');
/** The colour a rule of `file` gives, for the selector that starts the line. */
const colourOf = (file: string, selector: string) => {
  const line = css(file).split('\n').find((l) => l.startsWith(`${selector} {`));
  return line?.match(/(?:^|[;{ ])(?:color|border-left|border-color):[^;#]*(#[0-9a-f]{6})/i)?.[1];
};

it.each([
  ['pages.css', '.finding--review .finding__status'],
  ['pages.css', '.status--controleren .report__status'],
  ['pages.css', '.known'],
  ['pupil-badge.css', '.pupil-badge--review .finding__status'],
])('%s %s is the amber of the toolbar\'s "?"', (file, selector) => {
  expect(colourOf(file, selector)).toBe(AMBER);
});
