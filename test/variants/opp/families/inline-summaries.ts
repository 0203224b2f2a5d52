/** A summary view: several "<strong>Label:</strong> value" in one paragraph per section, long texts as lists. */
import { esc, page } from '../../facts';
import { identity } from '../../shapes';
import { eachSection } from '../opp-controls';
import { shownText, type OppField } from '../opp-facts';
import type { OppFamily } from './index';

function field(f: OppField): string {
  const text = shownText(f.value);
  const lines = text.split('\n');
  // A text of several lines is a list after its label; a short one stays inline with the others.
  return lines.length > 1 ? `<strong>${esc(f.label)}:</strong><ul>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : `<strong>${esc(f.label)}:</strong> ${esc(text)}<br>`;
}

export const inlineSummaries: OppFamily = {
  id: 'inline-summaries',
  about: 'inline summaries: several <strong>Label:</strong> value in one paragraph, separated by <br>',
  renderOpp(doc) {
    const body = eachSection(doc, (s, fields) => `${s.heading ? `<h3>${esc(s.heading)}</h3>` : ''}<p class="summary">${fields(field)}</p>`);
    return page('Topdossier', `${identity('leerling-line', doc.pupil)}<h2>${esc(doc.title)}</h2>${body}`);
  },
};
