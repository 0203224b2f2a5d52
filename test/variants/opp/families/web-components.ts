/**
 * Web components whose label and value are attributes (Shoelace / Web Awesome style):
 * <sl-textarea label="…" value="…">, <sl-select value>, <sl-checkbox checked>, <sl-details summary>.
 * Served as HTML, before any script upgrades them: the attributes are all the page says.
 */
import { esc, page } from '../../facts';
import { identity } from '../../shapes';
import { eachSection } from '../opp-controls';
import { isCheck, isChoice, type OppField } from '../opp-facts';
import type { OppFamily } from './index';

function field(f: OppField): string {
  if (isCheck(f.value)) return `<sl-checkbox${f.value.on ? ' checked' : ''}>${esc(f.value.check)}</sl-checkbox>`;
  if (isChoice(f.value)) {
    const opts = f.value.options.map((o) => `<sl-option value="${esc(o)}">${esc(o)}</sl-option>`).join('');
    return `<sl-select label="${esc(f.label)}" value="${esc(f.value.chosen ?? '')}" placeholder="Kies…">${opts}</sl-select>`;
  }
  return f.value.length > 40 ? `<sl-textarea label="${esc(f.label)}" value="${esc(f.value)}" resize="auto"></sl-textarea>` : `<sl-input label="${esc(f.label)}" value="${esc(f.value)}"></sl-input>`;
}

export const webComponents: OppFamily = {
  id: 'web-components',
  about: 'web components with label and value as attributes (sl-textarea, sl-select, sl-checkbox) in sl-details sections',
  renderOpp(doc) {
    const body = eachSection(doc, (s, fields) => (s.heading ? `<sl-details summary="${esc(s.heading)}" open>${fields(field)}</sl-details>` : `<sl-card>${fields(field)}</sl-card>`));
    return page('Topdossier', `<td-app><td-header>Topdossier</td-header>${identity('heading-geb', doc.pupil)}<main><h1>${esc(doc.title)}</h1><form>${body}<sl-button variant="primary" type="submit">Opslaan</sl-button></form></main></td-app>`);
  },
};
