/** Vuetify 3: v-input / v-field wrappers, the label inside the field, a v-select showing its choice as text. */
import { esc, page } from '../../facts';
import { identity } from '../../shapes';
import { eachSection, nextId } from '../opp-controls';
import { isCheck, isChoice, type OppField } from '../opp-facts';
import type { OppFamily } from './index';

function field(f: OppField): string {
  const id = nextId('input-');
  const label = `<label class="v-label v-field-label" for="${id}">${esc(f.label)}</label>`;
  if (isCheck(f.value)) {
    return `<div class="v-input v-checkbox"><div class="v-selection-control${f.value.on ? ' v-selection-control--dirty' : ''}"><div class="v-selection-control__wrapper"><input type="checkbox" id="${id}"${f.value.on ? ' checked' : ''}></div><label class="v-label" for="${id}">${esc(f.value.check)}</label></div></div>`;
  }
  if (isChoice(f.value)) {
    const chosen = f.value.chosen ? `<div class="v-select__selection"><span class="v-select__selection-text">${esc(f.value.chosen)}</span></div>` : '';
    return `<div class="v-input v-select"><div class="v-field"><div class="v-field__field">${label}<div class="v-field__input">${chosen}<input id="${id}" type="text" readonly role="combobox" aria-expanded="false" value="" size="1"></div></div><div class="v-field__append-inner"><i class="mdi-menu-down mdi v-icon" aria-hidden="true"></i></div></div></div>`;
  }
  const control = f.value.length > 40 ? `<textarea class="v-field__input" id="${id}" rows="3">${esc(f.value)}</textarea>` : `<input class="v-field__input" id="${id}" type="text" value="${esc(f.value)}">`;
  return `<div class="v-input v-textarea v-text-field"><div class="v-input__control"><div class="v-field v-field--variant-outlined"><div class="v-field__field">${label}${control}</div></div></div><div class="v-input__details"><div class="v-messages"></div><div class="v-counter">${f.value.length} / 2000</div></div></div>`;
}

export const vuetify: OppFamily = {
  id: 'vuetify',
  about: 'Vuetify 3: v-field with its label inside, v-select choice as text beside an empty readonly combobox, counters',
  renderOpp(doc) {
    const body = eachSection(doc, (s, fields) =>
      s.heading
        ? `<div class="v-expansion-panel v-expansion-panel--active"><button class="v-expansion-panel-title" aria-expanded="true" type="button"><span>${esc(s.heading)}</span></button><div class="v-expansion-panel-text"><div class="v-expansion-panel-text__wrapper">${fields(field)}</div></div></div>`
        : `<div class="v-card-text">${fields(field)}</div>`,
    );
    return page('Topdossier', `<div class="v-application"><header class="v-toolbar"><div class="v-toolbar-title">Topdossier</div></header>${identity('heading-geb', doc.pupil)}<main class="v-main"><h1 class="text-h5">${esc(doc.title)}</h1><div class="v-expansion-panels">${body}</div><button class="v-btn" type="button"><span class="v-btn__content">Opslaan</span></button></main></div>`);
  },
};
