/** Semantic UI / Fomantic forms: ui form > field > label + control, the dropdown a div showing its text, segments with headers. */
import { esc, page } from '../../facts';
import { identity } from '../../shapes';
import { eachSection, nextId } from '../opp-controls';
import { isCheck, isChoice, type OppField } from '../opp-facts';
import type { OppFamily } from './index';

function field(f: OppField): string {
  const id = nextId('s');
  if (isCheck(f.value)) return `<div class="field"><div class="ui toggle checkbox${f.value.on ? ' checked' : ''}"><input type="checkbox" class="hidden" tabindex="0" id="${id}"${f.value.on ? ' checked' : ''}><label for="${id}">${esc(f.value.check)}</label></div></div>`;
  if (isChoice(f.value)) {
    const shown = f.value.chosen ? `<div class="text">${esc(f.value.chosen)}</div>` : `<div class="default text">Kies…</div>`;
    const items = f.value.options.map((o) => `<div class="item" data-value="${esc(o)}">${esc(o)}</div>`).join('');
    return `<div class="field"><label>${esc(f.label)}</label><div class="ui selection dropdown" tabindex="0"><input type="hidden" name="${id}" value="${esc(f.value.chosen ?? '')}"><i class="dropdown icon"></i>${shown}<div class="menu">${items}</div></div></div>`;
  }
  const control = f.value.length > 40 ? `<textarea rows="3" name="${id}">${esc(f.value)}</textarea>` : `<input type="text" name="${id}" value="${esc(f.value)}">`;
  return `<div class="field"><label>${esc(f.label)}</label>${control}</div>`;
}

export const semanticUi: OppFamily = {
  id: 'semantic-ui',
  about: 'Semantic UI forms: field > label + control without for/id, selection dropdown showing its text beside a hidden input',
  renderOpp(doc) {
    const body = eachSection(doc, (s, fields) => `<div class="ui segment">${s.heading ? `<h4 class="ui dividing header">${esc(s.heading)}</h4>` : ''}${fields(field)}</div>`);
    return page('Topdossier', `<div class="ui container">${identity('header-geboren', doc.pupil)}<h2 class="ui header">${esc(doc.title)}</h2><form class="ui form">${body}<button class="ui primary button" type="submit">Opslaan</button></form></div>`);
  },
};
