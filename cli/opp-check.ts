/**
 * opp-check: the extension's reader and rules on a saved page.
 *   opp-check <file.html> [--url <page url>] [--json] [--today YYYY-MM-DD] [--lang nl|en]
 *   opp-check --overzicht <export> [--opp-lijst <list.html>] [--peildatum YYYY-MM-DD] [--json] [--namen] (cli/overzicht.ts)
 * Exit 0: no fail. 1: at least one fail. 2: bad input, with one line on stderr.
 */
import '../lib/i18n-ui';
import { todayIso } from '../lib/check-page';
import { checkHtml } from './check-html';
import type { Report } from '../lib/contract';
import { LANGUAGES, t, type Lang, type MessageKey } from '../lib/i18n';
import { parseDate } from '../lib/dates';
import { pageUrl } from './page-url';
import { InputError, readHtml } from './input';

export { InputError, readHtml };
import { runOverzicht } from './overzicht';
import { isBoard, runBoard } from './bestuur';


interface Args {
  file: string;
  url?: string;
  json: boolean;
  today: string;
  lang: Lang;
}

export function parseArgs(argv: string[], lang: Lang = 'nl'): Args {
  const args: Partial<Args> = { json: false, lang };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new InputError(t(lang, 'cli.error.value', { optie: a }));
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--url') args.url = value();
    else if (a === '--today') args.today = value();
    else if (a === '--lang') {
      const l = value();
      if (!(LANGUAGES as readonly string[]).includes(l)) throw new InputError(t(lang, 'cli.error.lang', { waarde: l }));
      args.lang = l as Lang;
    } else if (a.startsWith('--')) throw new InputError(t(lang, 'cli.error.option', { optie: a }));
    else rest.push(a);
  }
  if (rest.length !== 1) throw new InputError(t(lang, 'cli.usage'));
  if (args.today !== undefined) {
    const parsed = parseDate(args.today);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(args.today) || !parsed.ok) {
      throw new InputError(t(lang, 'cli.error.today', { waarde: args.today }));
    }
  }
  return { file: rest[0]!, url: args.url, json: args.json!, today: args.today ?? todayIso(), lang: args.lang! };
}


const MARK: Record<string, string> = { pass: '✔', fail: '✘', review: '?', 'n/a': '–' };

export function formatReport(report: Report, lang: Lang): string {
  const lines = [t(lang, 'cli.heading', { app: report.app, pagina: report.page })];
  if (report.findings.length === 0) lines.push(t(lang, 'cli.nothing'));
  for (const f of report.findings) {
    const title = t(lang, `rule.${f.rule}` as MessageKey);
    lines.push(`${MARK[f.status]} ${t(lang, `status.${f.status}` as MessageKey).padEnd(19)} ${title}`);
    lines.push(`    ${f.message}`);
    for (const e of f.evidence.slice(0, 2)) lines.push(`    · ${e.label}  [${e.where}]`);
  }
  const count = (s: string) => report.findings.filter((f) => f.status === s).length;
  lines.push('', t(lang, 'cli.summary', { fail: count('fail'), review: count('review'), pass: count('pass') }));
  return lines.join('\n');
}

export function run(argv: string[]): { code: number; out: string; err: string } {
  // The whole school's ROD check takes other files and options (cli/overzicht.ts).
  // Several exports at once: the board's view (cli/bestuur.ts).
  if (argv.includes('--overzicht')) return isBoard(argv) ? runBoard(argv) : runOverzicht(argv);
  try {
    const args = parseArgs(argv);
    const html = readHtml(args.file, args.lang);
    const url = args.url ?? pageUrl(html);
    if (url !== undefined && !URL.canParse(url)) throw new InputError(t(args.lang, 'cli.error.url', { waarde: url }));
    const { report } = checkHtml(html, { url, today: args.today, lang: args.lang });
    const out = args.json ? JSON.stringify(report, null, 2) : formatReport(report, args.lang);
    return { code: report.findings.some((f) => f.status === 'fail') ? 1 : 0, out, err: '' };
  } catch (error) {
    if (error instanceof InputError) return { code: 2, out: '', err: `opp-check: ${error.message}` };
    throw error;
  }
}
