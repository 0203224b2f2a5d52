/**
 * A read-only print view: the title and <h1> name the page, the pupil is a "Leerling:"
 * line with the date in brackets, lists are tables whose first row holds the headers, and
 * an empty list is only a sentence. It has no forms.
 */
import { esc, page, sectionOf, type Family, type PageFacts } from '../facts';
import { identity, settingsPage } from '../shapes';
import { eachSection, shownParagraphs } from '../opp/opp-controls';

const table = (headers: string[], rows: string[][]) =>
  `<table border="1"><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;

function content(f: PageFacts): string | null {
  switch (f.kind) {
    case 'arrangements':
      return `${f.note ? `<p><em>${esc(f.note)}</em></p>` : ''}${
        f.rows.length ? table(['Begindatum', 'Einddatum', 'Opmerkingen'], f.rows.map((r) => [r.begin, r.end, r.opmerkingen ?? ''])) : '<p>Deze leerling heeft geen onderwijsarrangementen.</p>'
      }${f.documents?.length ? `<h2>Documenten</h2><p>${f.documents.map(esc).join(', ')}</p>` : ''}`;
    case 'form':
      return null;
    case 'rod':
      return `${table(['Gegeven', 'Waarde'], [['Berichttype', 'Inschrijving PO aanleveren'], ...f.details.map(([k, v]) => [k, v])])}${
        f.perspective ? `<h2>Ontwikkelingsperspectief</h2>${table(['Begindatum', 'Einddatum'], [[f.perspective.begin, f.perspective.end]])}` : ''
      }`;
    case 'student':
      return table(['Gegeven', 'Waarde'], f.details.map(([k, v]) => [k, v]));
    case 'settings':
      return '';
  }
}

export const printView: Family = {
  id: 'print-view',
  about: 'a read-only print view: headings, sentences and plain tables, no forms',
  render(f) {
    if (f.kind === 'settings') return settingsPage('readonly', f, 'Schoolinstellingen (afdrukken)', (b) => `<h1>Schoolinstellingen</h1>${b}`);
    const body = content(f);
    if (body === null) return { skip: 'a print view shows no form' };
    const title = `${f.kind === 'rod' ? 'ROD-bericht' : sectionOf(f)} – afdrukken`;
    return page(title, `<h1>${title}</h1>\n${identity('field-paren', f.pupil)}\n${body}`);
  },
  renderOpp(doc) {
    // Print: headings and paragraphs only.
    const body = eachSection(doc, (s, fields) => `${s.heading ? `<h2>${esc(s.heading)}</h2>` : ''}${fields((f) => `<h3>${esc(f.label)}</h3>${shownParagraphs(f.value)}`)}`);
    return page(`${doc.title} – afdrukken`, `<h1>${esc(doc.title)}</h1>\n${identity('field-paren', doc.pupil)}\n${body}`);
  },
};
