/** Reading the CLI's input files: one clear line for a file that is missing, empty or not what it should be. */
import { readFileSync, statSync } from 'node:fs';
import { t, type Lang } from '../lib/i18n';

/** Bad input: the CLI prints its message on one line and exits with 2. */
export class InputError extends Error {}

export function readHtml(file: string, lang: Lang): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InputError(t(lang, 'cli.error.missing', { bestand: file }));
  }
  if (size === 0) throw new InputError(t(lang, 'cli.error.empty', { bestand: file }));
  const buffer = readFileSync(file);
  if (buffer.includes(0)) throw new InputError(t(lang, 'cli.error.not-html', { bestand: file }));
  const html = buffer.toString('utf8');
  if (html.trim() === '') throw new InputError(t(lang, 'cli.error.empty', { bestand: file }));
  if (!/<(!doctype html|html|head|body|div|p|table|form|main|section|h[1-6]|span|ul|dl)\b/i.test(html)) {
    throw new InputError(t(lang, 'cli.error.not-html', { bestand: file }));
  }
  return html;
}
