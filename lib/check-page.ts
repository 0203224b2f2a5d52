/**
 * The whole pipeline for one page: read → judge, giving the findings contract. The
 * content scripts and the opp-check CLI both call this, so they can never disagree.
 */
import { ReportSchema, type Report } from './contract';
import { CORE_PARTS, type OppFacts } from './facts/opp-facts';
import type { Lang } from './i18n';
import { allReview, judge } from './judge/judge';
import { OPP_RULES } from './judge/opp-rules';
import type { JudgeContext } from './judge/rule';
import { readOpp } from './read/opp-reader';
import type { Term } from './read/opp-terms';
import { appOf, saysOpp, saysSettings } from './read/page-kind';
import { readSettings } from './read/settings-reader';
import { SETTINGS_RULES } from './judge/settings-rules';

export interface CheckOptions {
  /** The page's address; decides the app. Default: none (the page's own words decide). */
  url?: string;
  /** ISO date taken as today. Default: the machine's date. */
  today?: string;
  /** Default: 'nl'. */
  lang?: Lang;
  /** Default: 2, the board's advice (seed "Jaarlijkse afstemming"). */
  evaluationsAdvised?: 1 | 2;
  /** Board policy synonyms, tried before the built-in dictionary. Default: none. */
  extraTerms?: readonly Term[];
}

export interface PageCheck {
  report: Report;
  /** False when the page is an OPP the reader could not follow: every rule is a review. */
  readable: boolean;
  /** Evidence locator → element on the page, for markers and focus. */
  anchors: Map<string, Element>;
}

export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

function coreFound(facts: OppFacts): number {
  return CORE_PARTS.filter((p) => facts.parts[p]?.some((f) => !f.weak)).length;
}

export function checkPage(doc: Document, options: CheckOptions = {}): PageCheck {
  const lang = options.lang ?? 'nl';
  const ctx: JudgeContext = { today: options.today ?? todayIso(), evaluationsAdvised: options.evaluationsAdvised ?? 2 };
  const app = appOf(options.url, doc);

  const settings = readSettings(doc);
  const settingsFound = [settings.facts.twoFa, settings.facts.retention].filter((f) => f.some((x) => !x.weak)).length;
  if (settingsFound === 2 || (settingsFound === 1 && saysSettings(doc))) {
    const findings = judge(SETTINGS_RULES, settings.facts, ctx, lang);
    return { report: ReportSchema.parse({ app, page: 'settings', findings }), readable: true, anchors: settings.anchors };
  }

  const { facts, anchors } = readOpp(doc, options.extraTerms);
  // The page's own title naming an OPP suffices; otherwise three core parts must be there.
  const isOpp = saysOpp(doc) || coreFound(facts) >= 3;
  if (!isOpp) {
    return { report: ReportSchema.parse({ app, page: 'other', findings: [] }), readable: true, anchors: new Map() };
  }
  const findings = facts.readable ? judge(OPP_RULES, facts, ctx, lang) : allReview(OPP_RULES, lang);
  return { report: ReportSchema.parse({ app, page: 'opp', findings }), readable: facts.readable, anchors };
}
