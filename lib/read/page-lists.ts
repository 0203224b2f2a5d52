/**
 * What every reader of one page check shares: one walk over the page's text (short-texts.ts)
 * and one element query for its controls, labels, named regions, header bands and the elements
 * that name sections, gathered once per check and given to every dictionary pass (settings,
 * OPP, pupil, ParnasSys). The page may change between checks, so nothing outlives the check.
 */
import type { Term } from '../terms/term';
import { labelKeywords, type Dictionary } from './label-keywords';
import { ATTRIBUTE_CONTROL_QUERY, isControl } from './dom-text';
import { buildOutline, NAMING_ELEMENTS, type Outline } from './outline';
import { noteLabel } from './control-label';
import { shortTexts, type ShortText } from './short-texts';

/** A control as every dictionary pass sees it: read or not, and the radio group it answers with. */
export interface ControlKind {
  kind: 'unread' | 'editor-content' | 'field';
  groupName: string | null;
}

interface PageLists {
  /** The dictionaries whose words the texts were picked for. */
  dictionaries: readonly Dictionary[];
  controls: Element[];
  regions: Element[];
  /** Elements with role=banner (a page's header band), found in the same query as the controls. */
  banners: Element[];
  /** The elements that name sections (headings, legends, tabs: NAMING_ELEMENTS), in page order. */
  naming: Element[];
  /** Short texts that hold a dictionary word (label-keywords.ts), folded once for all passes. */
  texts: ShortText[];
  /** Every text that passed the prefilter, whatever its length (the pupil header reads these). */
  candidates: Text[];
  /** Control → its label, found once for all dictionary passes. */
  labels: Map<Element, { text: string; el: Element | null } | null>;
  /** Control → what it is to every pass (labelled-fields.ts), found once for all dictionary passes. */
  controlKinds: Map<Element, ControlKind>;
  /** Control → its first <label> element (as firstLabels gives). */
  labelElements: Map<Element, HTMLLabelElement>;
  /** The page's sections and their names (outline.ts), built the first time a reader asks. */
  outline(): Outline;
}

const shared = new WeakMap<Document, PageLists>();

/**
 * Runs `read` with the page's lists gathered once (one walk over its text, one query for
 * its controls), shared by every dictionary pass inside it (settings, OPP, pupil,
 * ParnasSys). The page may change between checks, so the lists live only for the call.
 * `dictionaries`: every dictionary a pass inside will use; `extraTerms`: board-policy
 * synonyms any pass may use, so their words pass the prefilter.
 */
export function withPageLists<T>(doc: Document, read: () => T, dictionaries: readonly Dictionary[], extraTerms: readonly Term<string>[] = []): T {
  if (shared.has(doc) || !doc.body) return read();
  shared.set(doc, listsOf(doc.body, dictionaries, extraTerms));
  try {
    return read();
  } finally {
    shared.delete(doc);
  }
}

/**
 * The page's lists for a pass with `dictionary`: the shared ones inside withPageLists when
 * they were picked for it, else gathered now (correct, only slower).
 */
export function pageLists(doc: Document, dictionary: Dictionary, extraTerms: readonly Term<string>[] = []): PageLists | null {
  if (!doc.body) return null;
  const lists = shared.get(doc);
  return lists?.dictionaries.includes(dictionary) ? lists : listsOf(doc.body, [dictionary], extraTerms);
}

/** The page's header bands: <header> elements and role=banner, from the one element query (no other walk). */
export function headerBands(doc: Document, dictionary: Dictionary): Element[] {
  return pageLists(doc, dictionary)?.banners ?? [];
}

/** The page's elements that name sections (headings among them), in page order, from the one element query. */
export function namingElements(doc: Document, dictionary: Dictionary): Element[] {
  return pageLists(doc, dictionary)?.naming ?? [];
}

/** The page's form controls (native, ARIA and attribute controls), in page order, from the one element query. */
export function pageControls(doc: Document, dictionary: Dictionary): Element[] {
  return pageLists(doc, dictionary)?.controls ?? [];
}

/** Texts on the page holding a word of `dictionary` (see label-keywords.ts), whatever their length. */
export function candidateTexts(doc: Document, dictionary: Dictionary): Text[] {
  return pageLists(doc, dictionary)?.candidates ?? [];
}

/** What the one element query of a page read picks up: controls, labels, named regions, header bands. */
export const PAGE_ELEMENTS = `input,textarea,select,label,header,[contenteditable],[role],section[aria-label],${ATTRIBUTE_CONTROL_QUERY}`;
/**
 * The one element query of a page read: PAGE_ELEMENTS and the elements that name the page's
 * sections (outline.ts): a reader by meaning needs both (bench/ times the same query).
 */
export const PAGE_QUERY = `${PAGE_ELEMENTS},${NAMING_ELEMENTS}`;

/**
 * One query for every form control, <label>, named region and header band: one pass over the
 * elements instead of one per kind; the selector is kept simple because it runs on every element.
 */
function controlsAndRegions(body: HTMLElement): { controls: Element[]; regions: Element[]; banners: Element[]; naming: Element[]; labelElements: Map<Element, HTMLLabelElement> } {
  const controls: Element[] = [];
  const regions: Element[] = [];
  const banners: Element[] = [];
  const naming: Element[] = [];
  const labelElements = new Map<Element, HTMLLabelElement>();
  for (const el of Array.from(body.querySelectorAll(PAGE_QUERY))) {
    if (NAMING_TAG.test(el.tagName) || el.hasAttribute('aria-labelledby') || el.hasAttribute('aria-controls') || el.hasAttribute('aria-expanded') || NAMING_ROLE.test(el.getAttribute('role') ?? '')) naming.push(el);
    if (el.tagName === 'LABEL') noteLabel(labelElements, el as HTMLLabelElement);
    else if (isControl(el)) controls.push(el);
    else if (el.hasAttribute('aria-label') && (el.tagName === 'SECTION' || /^(region|group)$/.test(el.getAttribute('role') ?? ''))) regions.push(el);
    if (el.tagName === 'HEADER' || el.getAttribute('role') === 'banner') banners.push(el);
  }
  return { controls, regions, banners, naming, labelElements };
}
const NAMING_TAG = /^(H[1-6]|LEGEND|CAPTION|SUMMARY)$/;
const NAMING_ROLE = /^(heading|tablist)$/;

/** The page's outline: the one of the read under way (withPageLists), or built now. */
export function pageOutline(doc: Document): Outline | null {
  if (!doc.body) return null;
  return shared.get(doc)?.outline() ?? buildOutline(doc.body);
}

function listsOf(body: HTMLElement, dictionaries: readonly Dictionary[], extraTerms: readonly Term<string>[]): PageLists {
  let outline: Outline | null = null;
  const elements = controlsAndRegions(body);
  return {
    dictionaries,
    outline: () => (outline ??= buildOutline(body, elements.naming)),
    ...elements,
    ...shortTexts(body, labelKeywords(dictionaries, extraTerms)),
    labels: new Map(),
    controlKinds: new Map(),
  };
}
