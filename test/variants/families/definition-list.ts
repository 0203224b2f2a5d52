/**
 * <dl> everywhere: the pupil's details, each arrangement, the ROD message. The section is
 * the page's own <h1>; an empty list is an empty <ul> beside the add button, nothing else.
 */
import { esc, page, sectionOf, type Family, type PageFacts } from '../facts';
import { identity, settingsPage } from '../shapes';
import { eachSection, shownParagraphs } from '../opp/opp-controls';

const dl = (pairs: (readonly [string, string])[]) => `<dl>${pairs.map(([k, v]) => `<dt>${k}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;

function content(f: PageFacts): string {
  switch (f.kind) {
    case 'arrangements':
      return `${f.note ? `<p>${esc(f.note)}</p>` : ''}<ul class="arrangementen">${f.rows
        .map((r) => `<li>${dl([['Begindatum', r.begin], ['Einddatum', r.end], ['Opmerkingen', r.opmerkingen ?? '']])}</li>`)
        .join('')}</ul>${f.documents?.length ? `<ul class="docs">${f.documents.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>` : ''}<p><a href="#">Onderwijsarrangement toevoegen</a></p>`;
    case 'form':
      return `<form><dl><dt><label for="d1">Begindatum</label></dt><dd><input id="d1"></dd><dt><label for="d2">Einddatum</label></dt><dd><input id="d2"></dd></dl><button>Opslaan</button></form>`;
    case 'rod':
      return `${dl([['Berichttype', 'Inschrijving PO aanleveren'], ...f.details])}${f.perspective ? `<h2>Ontwikkelingsperspectief</h2>${dl([['Begindatum', f.perspective.begin], ['Einddatum', f.perspective.end]])}` : ''}`;
    case 'student':
      return dl([...f.details]);
    case 'settings':
      return '';
  }
}

export const definitionList: Family = {
  id: 'definition-list',
  about: '<dl> details throughout; the <h1> names the section; an empty list is an empty <ul>',
  render(f) {
    if (f.kind === 'settings') return settingsPage('readonly', f, 'Topdossier', (b) => `<h1>Schoolinstellingen</h1>${b}`);
    return page('ParnasSys', `${identity('details-dl', f.pupil)}\n<h1>${f.kind === 'rod' ? 'ROD-bericht' : sectionOf(f)}</h1>\n${content(f)}`);
  },
  renderOpp(doc) {
    // Read-only: a <dl> per section under an <h2>; several paragraphs in one <dd>.
    const body = eachSection(doc, (s, fields) => `${s.heading ? `<h2>${esc(s.heading)}</h2>` : ''}<dl>${fields((f) => `<dt>${esc(f.label)}</dt><dd>${shownParagraphs(f.value)}</dd>`)}</dl>`);
    return page('TOPdossier', `${identity('details-dl', doc.pupil)}\n<h1>${esc(doc.title)}</h1>\n${body}`);
  },
};
