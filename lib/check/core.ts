/**
 * What every page check shares: its options, its result, and the findings contract it
 * fills. The checks per page family are beside this file; lib/check-page.ts runs them all.
 */
import { composedPage, type ComposedPage } from '../read/composed-page';
import { holdFails } from './hold-fails';
import { ReportSchema, type App, type Finding, type PageKind, type Report } from '../contract';
import { CORE_PARTS, type OppFacts } from '../facts/opp-facts';
import { t, type Lang } from '../i18n';
import type { Period } from '../judge/periods';
import type { JudgeContext } from '../judge/rule';
import type { Term } from '../terms/term';
import type { SettingsPart } from '../terms/settings-terms';
import type { ArrangementPart } from '../terms/parnassys-terms';
import type { PupilOnPage } from '../read/pupil-reader';
import { appOf } from '../read/page-kind';
import { withPageLists } from '../read/page-lists';
import type { Dictionary } from '../read/label-keywords';
import { todayIso } from '../dates';

export { todayIso };

/** What the extension remembers of the pupil on this page (the CLI knows nothing). */
export interface PupilMemory {
  opp?: { how: 'topdossier' | 'user' | 'lijst' | 'lijst-naam'; start?: string; medical?: 'medisch' | 'gemengd' };
  /** The dossier list last showed the pupil at basisondersteuning. */
  basis?: boolean;
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
  /** Default: 2, the board's advice (docs/regels.md#jaarlijkse-afstemming). */
  evaluationsAdvised?: 1 | 2;
  /** Board policy synonyms, tried before the built-in dictionary. Default: none. */
  extraTerms?: readonly Term[];
  /** Board policy synonyms for ParnasSys' arrangement labels. Default: none. */
  extraArrangementTerms?: readonly Term<ArrangementPart>[];
  /** Board policy synonyms and taught labels for Topdossier's school settings. Default: none. */
  extraSettingsTerms?: readonly Term<SettingsPart>[];
  /** Rule ids switched off (options or board policy). Default: none. */
  disabledRules?: readonly string[];
  /** Default: nothing remembered. */
  pupil?: PupilMemory;
  /** The pupil, when the caller read them already (to find their link): not read again. */
  pupilOnPage?: PupilOnPage | null;
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
  /** On an OPP: its onderwijstijdverkorting gives a medical reason (lib/judge/otv-medical.ts); null: none. */
  otvMedical?: 'medisch' | 'gemengd' | null;
  /** On Passend onderwijs: the arrangement periods, to remember for this pupil. */
  periods: Period[] | null;
  /**
   * On an OPP: the check again after the user typed in `control`, re-reading only that
   * field (cheap enough for every keystroke); null: read the whole page again instead.
   */
  recheck?: (control: Element) => PageCheck | null;
}

export function coreFound(facts: OppFacts): number {
  return CORE_PARTS.filter((p) => facts.parts[p]?.some((f) => !f.weak)).length;
}

export interface Base {
  app: App;
  loading: boolean;
  ctx: JudgeContext;
  lang: Lang;
  options: CheckOptions;
}

export function result(base: Base, page: PageKind, findings: Finding[], rest: Partial<PageCheck> = {}): PageCheck {
  const off = new Set(base.options.disabledRules ?? []);
  // A page still loading may not have shown a part's content yet: nothing is missing for sure.
  const loading = base.loading ? holdFails(findings, t(base.lang, 'general.loading')) : findings;
  const report = ReportSchema.parse({ app: base.app, page, findings: loading.filter((f) => !off.has(f.rule)) });
  return { report, readable: true, anchors: new Map(), pupil: null, oppStart: null, periods: null, ...rest };
}


/** The base every check of one page shares. */
export function baseFor(doc: Document, options: CheckOptions): Base {
  return {
    app: appOf(options.url, doc),
    loading: !options.loaded && doc.readyState === 'loading',
    lang: options.lang ?? 'nl',
    ctx: { today: options.today ?? todayIso(), evaluationsAdvised: options.evaluationsAdvised ?? 2 },
    options,
  };
}

/** One page family's check, and the dictionaries it reads the page with. */
export type PageChecker = ((doc: Document, base: Base) => PageCheck | null) & { reads: readonly Dictionary[] };

/** Runs the checks in order; the first that recognises the page answers, else "other". */
export function firstCheck(doc: Document, options: CheckOptions, checks: PageChecker[]): PageCheck {
  const reads = [...new Set(checks.flatMap((c) => c.reads))];
  // Shadow roots and same-origin frames are read from a composed copy (lib/read/composed-page.ts);
  // whether the page is still loading is the page's own state.
  const page = composedPage(doc);
  const base = baseFor(doc, options);
  const check = withPageLists(page.doc, () => {
    for (const check of checks) {
      const found = check(page.doc, base);
      if (found) return found;
    }
    return result(base, 'other', []);
  }, reads, [...(options.extraTerms ?? []), ...(options.extraArrangementTerms ?? []), ...(options.extraSettingsTerms ?? [])]);
  return page.composed ? onThePage(check, page) : check;
}

/** A check of a composed copy, pointing at the page's own elements; typing re-reads the typed field in the copy. */
function onThePage(check: PageCheck, page: ComposedPage): PageCheck {
  const anchors = new Map([...check.anchors].map(([at, el]) => [at, page.original(el)]));
  const recheck = check.recheck;
  return {
    ...check,
    anchors,
    recheck: recheck
      ? (control) => {
          const copy = page.typedIn(control);
          const next = copy ? recheck(copy) : null;
          return next ? onThePage(next, page) : null;
        }
      : undefined,
  };
}
