/**
 * The whole pipeline for one page: read → judge, giving the findings contract. The
 * content scripts and the opp-check CLI both call this, so they can never disagree.
 */
import { ReportSchema, type App, type Finding, type PageKind, type Report } from './contract';
import { CORE_PARTS, type OppFacts } from './facts/opp-facts';
import { ParnassysFactsSchema, type ParnassysFacts } from './facts/parnassys-facts';
import { t, type Lang } from './i18n';
import { allReview, judge } from './judge/judge';
import { OPP_RULES } from './judge/opp-rules';
import { PARNASSYS_RULES } from './judge/parnassys-rules';
import type { Period } from './judge/periods';
import type { JudgeContext } from './judge/rule';
import { parsePeriods } from './judge/rules/arrangement-periods';
import { startOf } from './judge/rules/dates-of';
import { SETTINGS_RULES } from './judge/settings-rules';
import { readOpp } from './read/opp-reader';
import { withPageLists } from './read/labelled-fields';
import type { Term } from './read/opp-terms';
import { appOf, saysOpp, saysSettings } from './read/page-kind';
import { readParnassys } from './read/parnassys-reader';
import type { ArrangementPart } from './read/parnassys-terms';
import { oppSignals, readPupil, type PupilOnPage } from './read/pupil-reader';
import { readSettings } from './read/settings-reader';

/** What the extension remembers of the pupil on this page (the CLI knows nothing). */
export interface PupilMemory {
  opp?: { how: 'topdossier' | 'user'; start?: string };
  /** Arrangement periods seen on this pupil's Passend onderwijs page. */
  remembered?: Period[] | null;
}

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
  /** Board policy synonyms for ParnasSys' arrangement labels. Default: none. */
  extraArrangementTerms?: readonly Term<ArrangementPart>[];
  /** Rule ids switched off (options or board policy). Default: none. */
  disabledRules?: readonly string[];
  /** Default: nothing remembered. */
  pupil?: PupilMemory;
  /**
   * The caller knows the document is complete (a saved file parsed in Node, where jsdom
   * still says "loading" right after parsing). Default: the document's readyState decides.
   */
  loaded?: boolean;
}

export interface PageCheck {
  report: Report;
  /** False when the page is an OPP the reader could not follow: every rule is a review. */
  readable: boolean;
  /** Evidence locator → element on the page, for markers and focus. */
  anchors: Map<string, Element>;
  /** The pupil the page is about (in memory only: to compute the pupil key). */
  pupil: PupilOnPage | null;
  /** On an OPP: the date it was set, to link it to ParnasSys. */
  oppStart: string | null;
  /** On Passend onderwijs: the arrangement periods, to remember for this pupil. */
  periods: Period[] | null;
  /**
   * On an OPP: the check again after the user typed in `control`, re-reading only that
   * field (cheap enough for every keystroke); null: read the whole page again instead.
   */
  recheck?: (control: Element) => PageCheck | null;
}

export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

function coreFound(facts: OppFacts): number {
  return CORE_PARTS.filter((p) => facts.parts[p]?.some((f) => !f.weak)).length;
}

interface Base {
  app: App;
  loading: boolean;
  ctx: JudgeContext;
  lang: Lang;
  options: CheckOptions;
}

function result(base: Base, page: PageKind, findings: Finding[], rest: Partial<PageCheck> = {}): PageCheck {
  const off = new Set(base.options.disabledRules ?? []);
  // A page still loading may not have shown a part's content yet: nothing is missing for sure.
  const loading = base.loading ? findings.map((f) => (f.status === 'fail' ? { ...f, status: 'review' as const, message: t(base.lang, 'general.loading') } : f)) : findings;
  const report = ReportSchema.parse({ app: base.app, page, findings: loading.filter((f) => !off.has(f.rule)) });
  return { report, readable: true, anchors: new Map(), pupil: null, oppStart: null, periods: null, ...rest };
}

function checkSettings(doc: Document, base: Base): PageCheck | null {
  const settings = readSettings(doc);
  const found = [settings.facts.twoFa, settings.facts.retention].filter((f) => f.some((x) => !x.weak)).length;
  if (found < 2 && !(found === 1 && saysSettings(doc))) return null;
  return result(base, 'settings', judge(SETTINGS_RULES, settings.facts, base.ctx, base.lang), { anchors: settings.anchors });
}

function checkOpp(doc: Document, base: Base): PageCheck | null {
  const reading = readOpp(doc, base.options.extraTerms);
  // The page's own title naming an OPP suffices; otherwise three core parts must be there.
  if (!saysOpp(doc) && coreFound(reading.facts) < 3) return null;
  const pupil = readPupil(doc);
  const judged = (facts: OppFacts): PageCheck => {
    const findings = facts.readable ? judge(OPP_RULES, facts, base.ctx, base.lang) : allReview(OPP_RULES, base.lang);
    return result(base, 'opp', findings, {
      readable: facts.readable,
      anchors: reading.anchors,
      pupil,
      oppStart: startOf(facts).dates[0] ?? null,
      recheck: (control) => {
        const next = reading.refresh(control);
        return next ? judged(next) : null;
      },
    });
  };
  return judged(reading.facts);
}

function checkParnassys(doc: Document, base: Base): PageCheck | null {
  const reading = readParnassys(doc, base.options.extraArrangementTerms);
  const pupil = readPupil(doc);
  const kind = reading.kind ?? (pupil ? 'student' : null);
  if (!kind) return null;
  const memory = base.options.pupil;
  const signals = oppSignals(doc);
  const opp: ParnassysFacts['opp'] = memory?.opp
    ? { known: true, how: memory.opp.how, ...(memory.opp.start ? { start: memory.opp.start } : {}) }
    : signals.length
      ? { known: true, how: 'page' }
      : { known: false };
  const facts = ParnassysFactsSchema.parse({
    kind,
    arrangements: reading.arrangements,
    formOpen: reading.formOpen,
    ...(reading.listWhere ? { listWhere: reading.listWhere, listLabel: reading.listLabel ?? '' } : {}),
    rodPerspectives: reading.rodPerspectives,
    opp,
    remembered: memory?.remembered ?? null,
  });
  const periods = reading.arrangements ? parsePeriods(reading.arrangements) : null;
  return result(base, kind, judge(PARNASSYS_RULES[kind], facts, base.ctx, base.lang), {
    anchors: reading.anchors,
    pupil,
    periods: periods && periods.unreadable.length === 0 ? periods.periods : null,
  });
}

export function checkPage(doc: Document, options: CheckOptions = {}): PageCheck {
  return withPageLists(doc, () => checkOnce(doc, options));
}

function checkOnce(doc: Document, options: CheckOptions): PageCheck {
  const base: Base = {
    app: appOf(options.url, doc),
    loading: !options.loaded && doc.readyState === 'loading',
    lang: options.lang ?? 'nl',
    ctx: { today: options.today ?? todayIso(), evaluationsAdvised: options.evaluationsAdvised ?? 2 },
    options,
  };
  return (
    checkSettings(doc, base) ??
    checkOpp(doc, base) ??
    (base.app !== 'topdossier' ? checkParnassys(doc, base) : null) ??
    result(base, 'other', [])
  );
}
