/**
 * "Paginastructuur delen": an anonymised copy of the page the readers can be improved
 * with, safe to send to the makers. It keeps the element tree with tags, roles and types,
 * and the labels the term dictionaries know; every other text and every value becomes a
 * placeholder of the same length; no attributes but structural ones; no address query.
 */
import { foldLabel } from '../text';
import { matchTerm, type Term } from '../terms/term';

const DROP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'LINK', 'META', 'BASE', 'CANVAS']);
const VOID = new Set(['INPUT', 'BR', 'HR', 'IMG', 'COL', 'WBR']);
/** Attributes that say how the page is built, never what it holds. */
const STRUCTURAL = ['role', 'type', 'aria-level', 'colspan', 'rowspan', 'scope', 'contenteditable', 'hidden', 'multiple', 'selected'];
/** Attributes whose text is kept only when it is a label the dictionaries know. */
const LABELLING = ['aria-label', 'title', 'placeholder', 'alt', 'name'];
/** The term dictionaries whose labels a sample keeps: each content script passes its own app's. */
export type SampleDictionaries = readonly (readonly Term<string>[])[];
const EXTRA_LABELS = /^(opp|ontwikkelingsperspectief(plan)?|leerling|naam|geboortedatum|groep|instellingen|schoolinstellingen|passend onderwijs|onderwijs|personalia|rod|opslaan|inschrijving po aanleveren)$/;

/**
 * A label the dictionaries know, and nothing else: a text that merely contains a term
 * ("Ayşe Yılmaz (moeder, gezag)") is a value. No digits; at most a few words beyond the term.
 */
function known(text: string, dictionaries: SampleDictionaries): boolean {
  const folded = foldLabel(text);
  if (!folded || folded.length > 60 || /\d/.test(folded)) return false;
  if (EXTRA_LABELS.test(folded)) return true;
  for (const terms of dictionaries) {
    for (const term of terms) {
      const m = term.pattern.exec(folded);
      if (m && folded.replace(m[0], '').replace(/[^a-z]/g, '').length <= 20) return matchTerm(folded, folded, terms) !== null;
    }
  }
  return false;
}

/** Where labels stand: label, th, dt, legend, headings, or the first of a label/value pair. */
function labelLike(el: Element | null): boolean {
  if (!el) return false;
  if (/^(LABEL|TH|DT|LEGEND|H[1-6]|CAPTION|SUMMARY|TITLE)$/.test(el.tagName)) return true;
  if (/^(STRONG|B|SPAN|EM)$/.test(el.tagName) && el.parentElement && labelLike(el.parentElement)) return true;
  if (/^(STRONG|B)$/.test(el.tagName)) return true;
  return el.firstElementChild === null && el.nextElementSibling !== null && el.previousElementSibling === null;
}

// 'a', not 'x': 'xxx' is a placeholder (lib/judge/content.ts), and the sample must read as filled where the page was.
const placeholder = (text: string) => text.replace(/\S/g, 'a');
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeHtml(text).replace(/"/g, '&quot;');

function attributes(el: Element, ids: Map<string, string>, dictionaries: SampleDictionaries): string {
  const out: string[] = [];
  for (const name of STRUCTURAL) if (el.hasAttribute(name)) out.push(el.getAttribute(name) ? `${name}="${escapeAttr(el.getAttribute(name)!)}"` : name);
  for (const name of LABELLING) {
    const value = el.getAttribute(name);
    if (value && known(value, dictionaries)) out.push(`${name}="${escapeAttr(value)}"`);
  }
  // Label links survive with neutral ids: <label for> and aria-labelledby still connect.
  const rename = (id: string) => {
    if (!ids.has(id)) ids.set(id, `e${ids.size + 1}`);
    return ids.get(id)!;
  };
  if (el.id && el.ownerDocument.querySelector(`[for="${CSS.escape(el.id)}"], [aria-labelledby~="${CSS.escape(el.id)}"]`)) out.push(`id="${rename(el.id)}"`);
  const forId = el.getAttribute('for');
  if (forId) out.push(`for="${rename(forId)}"`);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) out.push(`aria-labelledby="${labelledBy.split(/\s+/).map(rename).join(' ')}"`);
  const input = el as HTMLInputElement;
  if (el.tagName === "INPUT" && input.value && !["checkbox", "radio"].includes(input.type)) out.push(`value="${placeholder(input.value)}"`);
  return out.length ? ` ${out.join(' ')}` : '';
}

function serialise(node: Node, ids: Map<string, string>, dictionaries: SampleDictionaries): string {
  if (node.nodeType === 3) {
    const text = node.nodeValue ?? '';
    return escapeHtml(labelLike(node.parentElement) && known(text, dictionaries) ? text : placeholder(text));
  }
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (DROP.has(el.tagName) || el.hasAttribute('data-opp-wijzer')) return '';
  const tag = el.tagName.toLowerCase();
  if (tag === 'svg') return '<svg></svg>';
  const open = `<${tag}${attributes(el, ids, dictionaries)}>`;
  if (VOID.has(el.tagName)) return open;
  let inner = '';
  if (el.tagName === 'TEXTAREA') inner = placeholder((el as HTMLTextAreaElement).value);
  else for (let c = el.firstChild; c; c = c.nextSibling) inner += serialise(c, ids, dictionaries);
  return `${open}${inner}</${tag}>`;
}

/** The address without query or fragment, digits (record numbers) as zeros. */
export function sampleAddress(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname.replace(/\d/g, '0')}`;
  } catch {
    return '';
  }
}

export function pageSample(doc: Document, url: string, dictionaries: SampleDictionaries): string {
  const ids = new Map<string, string>();
  const title = known(doc.title, dictionaries) ? doc.title : placeholder(doc.title);
  const address = sampleAddress(url);
  const body = doc.body ? serialise(doc.body, ids, dictionaries) : '<body></body>';
  return [
    '<!DOCTYPE html>',
    '<html lang="nl"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    address ? `<base href="${escapeAttr(address)}">` : '',
    '<!-- OPP-wijzer paginastructuur: teksten en waarden vervangen door x -->',
    '</head>',
    body,
    '</html>',
  ].join('\n');
}
