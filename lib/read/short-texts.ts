/**
 * The one walk over a page's text that finds label candidates: each text is first tested for a
 * dictionary word (label-keywords.ts), and only a short text that passes is folded and kept.
 * A label split over inline elements ("<b>Hoor</b>recht", "Hoe is de <b>mening</b> van …") is
 * read whole, once; the DOM is asked about a seam only where a letter stands on both sides, so
 * the walk costs close to reading the page's text once (bench/).
 */
import { foldLabel } from '../text';
import { MAX_LABEL, mayHoldLabel } from './label-keywords';

export interface ShortText {
  node: Text;
  trimmed: string;
  folded: string;
  /** The text of the inline-split label around it ("<b>Belemmerende</b> factoren"), folded. */
  block: string;
}

/** Tags a word may be split over (<b>Hoor</b>recht): a Set, since this is asked of every text. */
export const INLINE_TAGS = new Set(['B', 'STRONG', 'EM', 'I', 'SPAN', 'ABBR', 'SMALL']);

function shortText(node: Text, block: string | null): ShortText | null {
  const raw = node.nodeValue ?? '';
  if (raw.length > 200) return null;
  const trimmed = raw.trim();
  if (trimmed.length < 2 || trimmed.length > MAX_LABEL) return null;
  return { node, trimmed, folded: foldLabel(trimmed), block: block ?? '' };
}

/** The folded text of the element a label split over inline elements stands in, or ''. */
function splitLabelBlock(holder: Element, firstPiece: string): string {
  const whole = holder.childNodes.length <= 6 ? (holder.textContent ?? '').trim() : '';
  return whole !== firstPiece && whole.length <= MAX_LABEL ? foldLabel(whole) : '';
}

/** For the first piece of a label split over inline elements, the element holding it all. */
function splitHolder(node: Text): Element | null {
  const parent = node.parentElement;
  if (!parent || node.previousSibling) return null;
  const inline = INLINE_TAGS.has(parent.tagName);
  if (!node.nextSibling && !inline) return null;
  return inline ? parent.parentElement : parent;
}

/** The first text in `holder`, if it sits directly in it or in an inline element there. */
function firstPieceIn(holder: Element): Text | null {
  let n = holder.firstChild;
  if (n && n.nodeType === 1 && INLINE_TAGS.has((n as Element).tagName)) n = n.firstChild;
  return n && n.nodeType === 3 ? (n as Text) : null;
}

/** Whether the character at `code` is a letter: ASCII by arithmetic, the rest by Unicode. */
function isLetter(code: number): boolean {
  const lower = code | 32;
  if (lower >= 97 && lower <= 122) return true;
  return code >= 0xc0 && /\p{L}/u.test(String.fromCharCode(code));
}

const isPiece = (n: ChildNode) => n.nodeType === 3 || (n.nodeType === 1 && INLINE_TAGS.has((n as Element).tagName));

/** The first or last character of a neighbouring piece, as a char code (NaN when it has none). */
function edgeOf(n: ChildNode, last: boolean): number {
  const text = n.nodeType === 3 ? (n.nodeValue ?? '') : (n.textContent ?? '');
  return text.charCodeAt(last ? text.length - 1 : 0);
}

/**
 * The small element a piece of text shares with inline siblings, where a word may be split.
 * Asked of every text that holds no dictionary word, so the cheapest tests come first: a
 * neighbour at all, then a letter on both sides of the seam (bench/).
 */
function splitWordHolder(node: Text): Element | null {
  const raw = node.nodeValue ?? '';
  const length = raw.length;
  if (length === 0 || length > 40) return null;
  // A seam has a letter on this side: most texts (white space between elements) stop here,
  // before any question to the DOM.
  const endsInLetter = isLetter(raw.charCodeAt(length - 1));
  const startsWithLetter = isLetter(raw.charCodeAt(0));
  if (!endsInLetter && !startsWithLetter) return null;
  const parent = node.parentElement;
  if (!parent) return null;
  const inInline = INLINE_TAGS.has(parent.tagName);
  const next = endsInLetter ? (inInline ? parent.nextSibling : node.nextSibling) : null;
  const prev = startsWithLetter ? (inInline ? parent.previousSibling : node.previousSibling) : null;
  const joinsNext = next !== null && isPiece(next) && isLetter(edgeOf(next, false));
  const joinsPrev = !joinsNext && prev !== null && isPiece(prev) && isLetter(edgeOf(prev, true));
  if (!joinsNext && !joinsPrev) return null;
  const holder = inInline ? parent.parentElement : parent;
  if (!holder || holder.childNodes.length > 6) return null;
  return (holder.textContent ?? '').length <= MAX_LABEL ? holder : null;
}

/**
 * Whether `node` can be a later piece of a word split over inline elements: it follows a
 * sibling, or sits in an inline element. The first text of a block (the next table cell,
 * list item, paragraph) never continues the text before it, and is most of a page's seams.
 */
function mayContinuePiece(node: Text): boolean {
  if (node.previousSibling) return true;
  const parent = node.parentElement;
  return parent !== null && INLINE_TAGS.has(parent.tagName);
}

export function shortTexts(body: HTMLElement, keywords: RegExp): { texts: ShortText[]; candidates: Text[] } {
  const texts: ShortText[] = [];
  const candidates: Text[] = [];
  const holders = new Set<Element>();
  const take = (node: Text) => {
    candidates.push(node);
    // A label split over inline elements ("Hoe is de <b>mening</b> van de leerling") is read
    // whole, once, from its first piece, whichever piece holds the dictionary word.
    const parent = node.parentElement;
    const holder = parent && INLINE_TAGS.has(parent.tagName) ? parent.parentElement : parent;
    const first = holder && !holders.has(holder) ? firstPieceIn(holder) : null;
    if (holder && first && splitHolder(first) === holder) {
      holders.add(holder);
      const entry = shortText(first, splitLabelBlock(holder, (first.nodeValue ?? '').trim()));
      if (entry) texts.push(entry);
      if (first === node) return;
    }
    const entry = shortText(node, null);
    if (entry) texts.push(entry);
  };
  /** A word split over inline elements (<b>Hoor</b>recht) passes the prefilter only as a whole. */
  const wholeWordPasses = (node: Text) => {
    const holder = splitWordHolder(node);
    return holder !== null && !holders.has(holder) && mayHoldLabel(keywords, holder.textContent ?? '');
  };
  // The pieces of a split word are consecutive texts with a letter on both sides of the seam:
  // the DOM is asked only about such pairs, never about every text (bench/).
  let prev: Text | null = null;
  let prevEndsInLetter = false;
  let prevSkipped = false;
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const raw = node.nodeValue!;
    const seam = prevEndsInLetter && isLetter(raw.charCodeAt(0)) && mayContinuePiece(node);
    // The text before may be the first piece of a word that runs on into this one.
    if (seam && prevSkipped && wholeWordPasses(prev!)) take(prev!);
    prev = node;
    prevEndsInLetter = isLetter(raw.charCodeAt(raw.length - 1));
    prevSkipped = !mayHoldLabel(keywords, raw) && !(seam && wholeWordPasses(node));
    if (!prevSkipped) take(node);
  }
  return { texts, candidates };
}
