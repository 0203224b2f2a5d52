/** An OPP saved from Word as HTML: MsoNormal paragraphs, bold labels in spans, a two-column table per section, mso styles. */
import { esc, page } from '../../facts';
import { identity } from '../../shapes';
import { eachSection } from '../opp-controls';
import { shownText, type OppField } from '../opp-facts';
import type { OppFamily } from './index';

const para = (text: string) => `<p class="MsoNormal"><span style="font-family:Calibri,sans-serif;mso-bidi-font-family:Arial">${esc(text)}<o:p></o:p></span></p>`;

const field = (f: OppField) =>
  `<tr style="mso-yfti-irow:0"><td width="180" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b><span style="font-family:Calibri,sans-serif">${esc(f.label)}<o:p></o:p></span></b></p></td><td width="420" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">${
    shownText(f.value).split('\n').map(para).join('') || '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
  }</td></tr>`;

export const wordHtml: OppFamily = {
  id: 'word-html',
  about: 'an OPP saved from Word as HTML: MsoNormal paragraphs, bold labels, a bordered two-column table per section, empty cells as &nbsp;',
  renderOpp(doc) {
    const body = eachSection(doc, (s, fields) => `${s.heading ? `<h2 style="mso-list:l0 level1 lfo1"><span style="font-family:Calibri">${esc(s.heading)}<o:p></o:p></span></h2>` : ''}<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;mso-table-layout-alt:fixed">${fields(field)}</table><p class="MsoNormal"><o:p>&nbsp;</o:p></p>`);
    return page(doc.title, `<div class="WordSection1">${identity('details-dl', doc.pupil)}<p class="MsoTitle">${esc(doc.title)}</p>${body}</div>`);
  },
};
