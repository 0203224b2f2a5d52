/** A print-like table: each section a row spanning all columns, each field a row with a row header (th scope=row). */
import { esc, page } from '../../facts';
import { identity } from '../../shapes';
import { eachSection, shownParagraphs } from '../opp-controls';
import type { OppField } from '../opp-facts';
import type { OppFamily } from './index';

const field = (f: OppField) => `<tr><th scope="row">${esc(f.label)}</th><td colspan="2">${shownParagraphs(f.value)}</td></tr>`;

export const rowHeaderTable: OppFamily = {
  id: 'row-header-table',
  about: 'one table: sections as rows spanning all columns, fields as th scope=row with a colspan value',
  renderOpp(doc) {
    const body = eachSection(doc, (s, fields) => `${s.heading ? `<tr class="section"><th colspan="3" scope="colgroup">${esc(s.heading)}</th></tr>` : ''}${fields(field)}`);
    return page('Topdossier', `${identity('details-table', doc.pupil)}<h1>${esc(doc.title)}</h1><table class="opp"><colgroup><col><col><col></colgroup><tbody>${body}</tbody></table>`);
  },
};
