/**
 * How an OPP's fields look in the markup families: edit controls (native, ARIA, component
 * library) and read-only values. Each family combines these with its own sections.
 */
import { esc } from '../facts';
import { isCheck, isChoice, shownText, type OppDoc, type OppField, type OppSection, type OppValue } from './opp-facts';

let ids = 0;
export const nextId = (prefix = 'o') => `${prefix}${++ids}`;

/** A native edit control for `value`, with `id` for its label; radios carry their own labels. */
export function nativeControl(value: OppValue, id: string, radios = false): string {
  if (typeof value === 'string') {
    return value.length > 40 || value.includes('\n') ? `<textarea id="${id}" name="${id}">${esc(value)}</textarea>` : `<input type="text" id="${id}" name="${id}" value="${esc(value)}">`;
  }
  if (isCheck(value)) return `<input type="checkbox" id="${id}" name="${id}"${value.on ? ' checked' : ''}> <span>${esc(value.check)}</span>`;
  if (radios) {
    return value.options.map((o) => `<label><input type="radio" name="${id}" value="${esc(o)}"${o === value.chosen ? ' checked' : ''}> ${esc(o)}</label>`).join(' ');
  }
  const opts = [`<option value="">-- kies --</option>`, ...value.options.map((o) => `<option${o === value.chosen ? ' selected' : ''}>${esc(o)}</option>`)];
  return `<select id="${id}" name="${id}">${opts.join('')}</select>`;
}

/** An ARIA edit control labelled by the element `labelId`: a contenteditable textbox, ARIA radios, an ARIA checkbox. */
export function ariaControl(value: OppValue, labelId: string): string {
  if (typeof value === 'string') {
    const paras = value.split('\n').map((p) => `<p>${esc(p)}</p>`).join('');
    return `<div role="textbox" aria-multiline="true" contenteditable="true" aria-labelledby="${labelId}" class="rte">${value ? paras : '<p><br></p>'}</div>`;
  }
  if (isCheck(value)) return `<div role="checkbox" tabindex="0" aria-checked="${value.on}" aria-labelledby="${labelId}">${esc(value.check)}</div>`;
  const radios = value.options.map((o) => `<div role="radio" tabindex="0" aria-checked="${o === value.chosen}">${esc(o)}</div>`);
  return `<div role="radiogroup" aria-labelledby="${labelId}">${radios.join('')}</div>`;
}

/** A read-only value as paragraphs of text ('' stays empty). */
export function shownParagraphs(value: OppValue, tag = 'p'): string {
  const text = shownText(value);
  return text.split('\n').map((p) => `<${tag}>${esc(p)}</${tag}>`).join('');
}

/** `render` for each section, and each of its fields, in page order. */
export function eachSection(doc: OppDoc, render: (section: OppSection, fields: (f: (field: OppField) => string) => string) => string): string {
  return doc.sections.map((s) => render(s, (f) => s.fields.map(f).join('\n'))).join('\n');
}

export { isChoice };
