/** Angular Material (MDC): mat-form-field with mat-label, textarea matInput, mat-select's value text, mat-expansion-panel. */
import { esc, page } from '../../facts';
import { identity } from '../../shapes';
import { eachSection, nextId } from '../opp-controls';
import { isCheck, isChoice, type OppField } from '../opp-facts';
import type { OppFamily } from './index';

const ng = '_ngcontent-ng-c1';

function field(f: OppField): string {
  const id = nextId('mat-input-');
  const labelId = nextId('mat-mdc-form-field-label-');
  if (isCheck(f.value)) {
    return `<mat-checkbox ${ng} class="mat-mdc-checkbox${f.value.on ? ' mat-mdc-checkbox-checked' : ''}"><div class="mdc-form-field"><div class="mdc-checkbox"><input type="checkbox" class="mdc-checkbox__native-control" id="${id}"${f.value.on ? ' checked' : ''}><div class="mdc-checkbox__background"><svg class="mdc-checkbox__checkmark" viewBox="0 0 24 24" aria-hidden="true"><path d="M1.73,12.91 8.1,19.28 22.79,4.59"></path></svg></div></div><label class="mdc-label" for="${id}">${esc(f.value.check)}</label></div></mat-checkbox>`;
  }
  const label = `<label class="mdc-floating-label mat-mdc-floating-label mdc-floating-label--float-above" id="${labelId}" for="${id}"><mat-label ${ng}>${esc(f.label)}</mat-label></label>`;
  let control: string;
  if (isChoice(f.value)) {
    const shown = f.value.chosen ? `<span class="mat-mdc-select-value-text"><span class="mat-mdc-select-min-line">${esc(f.value.chosen)}</span></span>` : `<span class="mat-mdc-select-placeholder mat-mdc-select-min-line">Kies…</span>`;
    control = `<mat-select ${ng} role="combobox" aria-haspopup="listbox" id="${id}" aria-labelledby="${labelId}" class="mat-mdc-select" tabindex="0" aria-expanded="false"><div class="mat-mdc-select-trigger"><div class="mat-mdc-select-value">${shown}</div><div class="mat-mdc-select-arrow-wrapper"><div class="mat-mdc-select-arrow"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 10l5 5 5-5z"></path></svg></div></div></div></mat-select>`;
  } else {
    control = f.value.length > 40 ? `<textarea ${ng} matinput cdktextareaautosize class="mat-mdc-input-element mat-mdc-form-field-textarea-control" id="${id}">${esc(f.value)}</textarea>` : `<input ${ng} matinput class="mat-mdc-input-element" id="${id}" value="${esc(f.value)}">`;
  }
  return `<mat-form-field ${ng} appearance="outline" class="mat-mdc-form-field mat-mdc-form-field-type-mat-input"><div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined"><div class="mat-mdc-form-field-flex"><div class="mdc-notched-outline"><div class="mdc-notched-outline__leading"></div><div class="mdc-notched-outline__notch">${label}</div><div class="mdc-notched-outline__trailing"></div></div><div class="mat-mdc-form-field-infix">${control}</div></div></div><div class="mat-mdc-form-field-subscript-wrapper"><div class="mat-mdc-form-field-hint-wrapper"></div></div></mat-form-field>`;
}

export const angularMaterial: OppFamily = {
  id: 'angular-material',
  about: 'Angular Material (MDC): mat-form-field, mat-label in a floating label, textarea matInput, mat-select value text, expansion panels',
  renderOpp(doc) {
    const body = eachSection(doc, (s, fields) =>
      s.heading
        ? `<mat-expansion-panel ${ng} class="mat-expansion-panel mat-expanded"><mat-expansion-panel-header role="button" aria-expanded="true" class="mat-expansion-panel-header"><span class="mat-content"><mat-panel-title class="mat-expansion-panel-header-title">${esc(s.heading)}</mat-panel-title></span></mat-expansion-panel-header><div role="region" class="mat-expansion-panel-content"><div class="mat-expansion-panel-body">${fields(field)}</div></div></mat-expansion-panel>`
        : `<mat-card ${ng} class="mat-mdc-card"><mat-card-content>${fields(field)}</mat-card-content></mat-card>`,
    );
    return page('Topdossier', `<app-root ${ng}><mat-toolbar class="mat-toolbar">Topdossier</mat-toolbar>${identity('side-card', doc.pupil)}<main><h1 class="mat-headline-5">${esc(doc.title)}</h1><mat-accordion class="mat-accordion" multi>${body}</mat-accordion><button mat-flat-button type="button" class="mdc-button"><span class="mdc-button__label">Opslaan</span></button></main></app-root>`);
  },
};
