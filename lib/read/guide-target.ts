/**
 * Finds a guide step's target by meaning: its visible text, label, title, aria label or
 * alt text, trying the guide's alternatives in order. An exact match beats a match at the
 * start, which beats a match inside a longer text. Never guesses: nothing found is null.
 */
import { fold } from '../text';
import type { Target } from '../guides/guide-schema';
import { CONTROL_SELECTOR, isSkipped, ownLabelText } from './dom-text';
import { controlLabel, firstLabels } from './control-label';
import { fieldState, radioGroup } from './field-state';

const CLICKABLE: Record<Exclude<Target['kind'], 'field'>, string> = {
  link: 'a[href], [role=link]',
  button: 'button, input[type=submit], input[type=button], [role=button], a[href]',
  tab: '[role=tab], a[href], button, [role=link]',
  any: 'a[href], button, input[type=submit], input[type=button], [role=button], [role=tab], [role=link], [role=menuitem], summary, label, img[alt], th, td, dt, span, div, li, h1, h2, h3, h4, p, strong, b',
};

function isHidden(el: Element): boolean {
  // A <dialog> not open yet holds its form unseen (the page opens it with a button).
  if (el.closest('[hidden], [aria-hidden=true], [data-opp-wijzer], [style*="display: none"], [style*="display:none"], dialog:not([open])')) return true;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (isSkipped(cur) && cur.tagName !== 'BUTTON') return true;
  return false;
}

/** Every name an element goes by: aria label, visible text, title, value, alt text. */
function namesOf(el: Element): string[] {
  const names = [el.getAttribute('aria-label'), el.getAttribute('title')];
  if (el instanceof HTMLInputElement) names.push(el.value);
  else if (el.tagName === 'IMG') names.push(el.getAttribute('alt'));
  // A button's own text is its name (ownLabelText leaves buttons out, as page content).
  else if (el.tagName === 'BUTTON') names.push((el.textContent ?? '').replace(/\s+/g, ' ').trim());
  else names.push(ownLabelText(el));
  return names.filter((n): n is string => !!n && n.length <= 120);
}

/** 3: the same words; 2: starts with them; 1: contains them as whole words; 0: no match. */
export function matchScore(name: string, text: string): number {
  const n = fold(name).replace(/[:*]+$/, '').trim();
  const w = fold(text);
  if (!n || !w) return 0;
  if (n === w) return 3;
  if (n.length > 120) return 0;
  const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`^${escaped}(?![\\p{L}\\d])`, 'u').test(n)) return 2;
  if (w.length >= 4 && new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'u').test(n)) return 1;
  return 0;
}

interface Candidate {
  el: Element;
  score: number;
  textRank: number;
  size: number;
}

function best(candidates: Candidate[]): Element | null {
  candidates.sort((a, b) => b.score - a.score || a.textRank - b.textRank || a.size - b.size);
  return candidates[0]?.el ?? null;
}

function scoreAgainst(name: string, texts: string[]): { score: number; textRank: number } {
  let result = { score: 0, textRank: 99 };
  texts.forEach((text, i) => {
    const score = matchScore(name, text);
    if (score > result.score) result = { score, textRank: i };
  });
  return result;
}

/** The form field a target names, or the element to point at for a clickable target. */
export function findTarget(doc: Document, target: Target, url = doc.location?.href ?? ''): Element | null {
  if (target.url && !new RegExp(target.url, 'i').test(url)) return null;
  const candidates: Candidate[] = [];
  if (target.kind === 'field') {
    const labels = firstLabels(doc);
    for (const control of Array.from(doc.querySelectorAll(CONTROL_SELECTOR))) {
      if (isHidden(control)) continue;
      const label = controlLabel(control, doc, labels);
      if (!label) continue;
      const { score, textRank } = scoreAgainst(label.text, target.texts);
      if (score >= 2) candidates.push({ el: control, score, textRank, size: 0 });
    }
    const found = best(candidates);
    // A radio group is pointed at as a whole: its fieldset, or its first option.
    if (found && (found as HTMLInputElement).type === 'radio') return found.closest('fieldset, [role=radiogroup]') ?? radioGroup(found)[0] ?? found;
    return found;
  }
  for (const el of Array.from(doc.querySelectorAll(CLICKABLE[target.kind]))) {
    if (isHidden(el)) continue;
    for (const name of namesOf(el)) {
      const { score, textRank } = scoreAgainst(name, target.texts);
      if (score > 0) candidates.push({ el, score, textRank, size: el.getElementsByTagName('*').length });
    }
  }
  const found = best(candidates);
  // Point at what can be clicked: a text inside a link or button stands for that link or button.
  return found?.closest('a[href], button, [role=button], [role=tab], [role=link], label, summary') ?? found;
}

/** What a guide asks of the page: its targets, its text, and the value of a field it names. */
export interface GuidePage {
  url: string;
  find(target: Target): Element | null;
  /** The page's whole text (a step may wait for words to appear). */
  text(): string;
  /** The value of the field a target names (of a radio group: its chosen option); null: no such field. */
  valueOf(target: Target): string | null;
}

/** The page as a guide reads it now (`url`: where it is; a guide's step may name its address). */
export function guidePage(doc: Document, url = doc.location?.href ?? ''): GuidePage {
  return {
    url,
    find: (target) => findTarget(doc, target, url),
    text: () => doc.body?.textContent ?? '',
    valueOf(target) {
      const el = findTarget(doc, target, url);
      const control = el?.matches('fieldset, [role=radiogroup]') ? el.querySelector('input[type=radio]') : el;
      return control ? fieldState(control) : null;
    },
  };
}
