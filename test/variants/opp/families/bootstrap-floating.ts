/** Bootstrap 5 floating labels: the <label> comes after its control; sections as cards. */
import { esc, page } from '../../facts';
import { identity } from '../../shapes';
import { eachSection, nextId } from '../opp-controls';
import { isCheck, isChoice, type OppField } from '../opp-facts';
import type { OppFamily } from './index';

function field(f: OppField): string {
  const id = nextId('f');
  const label = `<label for="${id}">${esc(f.label)}</label>`;
  if (isCheck(f.value)) return `<div class="form-check form-switch mb-3"><input class="form-check-input" type="checkbox" role="switch" id="${id}"${f.value.on ? ' checked' : ''}><label class="form-check-label" for="${id}">${esc(f.value.check)}</label></div>`;
  if (isChoice(f.value)) {
    const opts = [`<option value="">Kies…</option>`, ...f.value.options.map((o) => `<option${o === (f.value as { chosen: string | null }).chosen ? ' selected' : ''}>${esc(o)}</option>`)];
    return `<div class="form-floating mb-3"><select class="form-select" id="${id}">${opts.join('')}</select>${label}</div>`;
  }
  const control = f.value.length > 40 ? `<textarea class="form-control" placeholder="${esc(f.label)}" id="${id}" style="height: 100px">${esc(f.value)}</textarea>` : `<input type="text" class="form-control" placeholder="${esc(f.label)}" id="${id}" value="${esc(f.value)}">`;
  return `<div class="form-floating mb-3">${control}${label}</div>`;
}

export const bootstrapFloating: OppFamily = {
  id: 'bootstrap-floating',
  about: 'Bootstrap 5 floating labels (label after its control, the label also as placeholder), switches, cards',
  renderOpp(doc) {
    const body = eachSection(doc, (s, fields) => (s.heading ? `<div class="card mb-3"><div class="card-header">${esc(s.heading)}</div><div class="card-body">${fields(field)}</div></div>` : `<div class="mb-3">${fields(field)}</div>`));
    return page('Topdossier', `<nav class="navbar"><span class="navbar-brand">Topdossier</span></nav><div class="container">${identity('bar-pipes', doc.pupil)}<h1 class="h3">${esc(doc.title)}</h1><form>${body}<button class="btn btn-primary" type="submit">Opslaan</button></form></div>`);
  },
};
