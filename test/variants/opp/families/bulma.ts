/** Bulma: field > label.label + div.control, horizontal fields (field-label / field-body), select in div.select, boxes. */
import { esc, page } from '../../facts';
import { identity } from '../../shapes';
import { eachSection, nextId } from '../opp-controls';
import { isCheck, isChoice, type OppField } from '../opp-facts';
import type { OppFamily } from './index';

function field(f: OppField): string {
  const id = nextId('b');
  if (isCheck(f.value)) return `<div class="field"><div class="control"><label class="checkbox"><input type="checkbox"${f.value.on ? ' checked' : ''}> ${esc(f.value.check)}</label></div></div>`;
  let control: string;
  if (isChoice(f.value)) {
    const opts = [`<option value="">Kies…</option>`, ...f.value.options.map((o) => `<option${o === (f.value as { chosen: string | null }).chosen ? ' selected' : ''}>${esc(o)}</option>`)];
    control = `<div class="select"><select id="${id}">${opts.join('')}</select></div>`;
  } else {
    control = f.value.length > 40 ? `<textarea class="textarea" id="${id}">${esc(f.value)}</textarea>` : `<input class="input" type="text" id="${id}" value="${esc(f.value)}">`;
  }
  return `<div class="field is-horizontal"><div class="field-label is-normal"><label class="label" for="${id}">${esc(f.label)}</label></div><div class="field-body"><div class="field"><div class="control">${control}</div></div></div></div>`;
}

export const bulma: OppFamily = {
  id: 'bulma',
  about: 'Bulma horizontal fields: field-label and field-body side by side, selects in div.select, sections in boxes with a title',
  renderOpp(doc) {
    const body = eachSection(doc, (s, fields) => `<div class="box">${s.heading ? `<p class="title is-5">${esc(s.heading)}</p>` : ''}${fields(field)}</div>`);
    return page('Topdossier', `<section class="section"><div class="container">${identity('field-comma', doc.pupil)}<h1 class="title">${esc(doc.title)}</h1>${body}<button class="button is-primary">Opslaan</button></div></section>`);
  },
};
