/**
 * A component-library form (Material or Bootstrap style): wrapper divs, labels in their
 * own div, Bootstrap "nav-link active" for the section, segmented buttons (aria-pressed)
 * for settings, lists as <li> with "Label:" spans, and an empty list only the add button.
 */
import { esc, page, type Family, type PageFacts } from '../facts';
import { identity, settingsPage } from '../shapes';
import { nativeControl, eachSection, nextId } from '../opp/opp-controls';
import type { OppField } from '../opp/opp-facts';

const NAV = ['Leerlingkaart', 'Personalia', 'Passend onderwijs', 'ROD-berichten'];
const nav = (active: string) => `<ul class="nav nav-tabs">${NAV.map((n) => `<li class="nav-item"><a class="nav-link${n === active ? ' active' : ''}" href="#">${n}</a></li>`).join('')}</ul>`;
const kv = (k: string, v: string) => `<span class="chip"><span class="chip-k">${k}:</span> <span class="chip-v">${esc(v)}</span></span>`;
const input = (id: string, label: string) => `<div class="MuiFormControl-root"><div class="MuiInputLabel"><label for="${id}">${label}</label></div><div class="MuiInputBase-root"><input id="${id}" class="MuiInputBase-input"></div></div>`;

function content(f: PageFacts): string {
  switch (f.kind) {
    case 'arrangements':
      return `${nav('Passend onderwijs')}<div class="tab-content">${f.note ? `<div class="alert alert-warning">${esc(f.note)}</div>` : ''}${
        f.rows.length ? `<ul class="list-group">${f.rows.map((r) => `<li class="list-group-item">${kv('Begindatum', r.begin)} ${kv('Einddatum', r.end)} ${kv('Opmerkingen', r.opmerkingen ?? '')}</li>`).join('')}</ul>` : ''
      }${f.documents?.length ? `<div class="docs">${f.documents.map((d) => `<a href="#">${esc(d)}</a>`).join(' ')}</div>` : ''}<button class="btn btn-primary" type="button">+ Onderwijsarrangement toevoegen</button></div>`;
    case 'form':
      return `${nav('Passend onderwijs')}<div class="tab-content"><h5 class="modal-title">Onderwijsarrangement toevoegen</h5><form>${input('m1', 'Begindatum')}${input('m2', 'Einddatum')}<button type="submit">Opslaan</button></form></div>`;
    case 'rod':
      return `${nav('ROD-berichten')}<div class="tab-content"><h5 class="card-title">Inschrijving PO aanleveren</h5>${f.details.map(([k, v]) => `<div>${kv(k, v)}</div>`).join('')}${
        f.perspective ? `<h6>Ontwikkelingsperspectief</h6><div>${kv('Begindatum', f.perspective.begin)}</div><div>${kv('Einddatum', f.perspective.end)}</div>` : ''
      }</div>`;
    case 'student':
      return `${nav('Leerlingkaart')}<div class="tab-content">${f.details.map(([k, v]) => `<div>${kv(k, v)}</div>`).join('')}</div>`;
    case 'settings':
      return '';
  }
}

export const componentLibrary: Family = {
  id: 'component-library',
  about: 'component-library wrappers, Bootstrap tabs, segmented buttons, an empty list with only its add button',
  render(f) {
    if (f.kind === 'settings') return settingsPage('segmented', f, 'Topdossier', (b) => `<div class="container"><h4 class="page-title">Schoolinstellingen</h4>${b}<button type="submit" class="btn">Opslaan</button></div>`);
    return page('ParnasSys', `${identity('field-dots', f.pupil)}\n${content(f)}`);
  },
  renderOpp(doc) {
    // Component-library form fields in closed <details> sections; a select is a combobox showing its value.
    const field = (f: OppField) => {
      const c = nextId('c');
      const l = nextId('l');
      const control = typeof f.value === 'object' && 'options' in f.value
        ? `<div role="combobox" aria-expanded="false" aria-labelledby="${l}" tabindex="0" class="mat-select"><span class="mat-select-value-text">${esc(f.value.chosen ?? '')}</span></div>`
        : nativeControl(f.value, c);
      return `<div class="mat-form-field"><label class="mat-form-field-label" id="${l}" for="${c}">${esc(f.label)}</label><div class="mat-form-field-infix">${control}</div></div>`;
    };
    const body = eachSection(doc, (s, fields) => (s.heading ? `<details class="expansion-panel"><summary>${esc(s.heading)}</summary>${fields(field)}</details>` : fields(field)));
    return page('Topdossier', `${identity('field-dots', doc.pupil)}\n<div class="container"><h4 class="page-title">${esc(doc.title)}</h4>${body}<button type="submit" class="btn">Opslaan</button></div>`);
  },
};
