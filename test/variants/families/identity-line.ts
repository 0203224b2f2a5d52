/**
 * A compact theme: the pupil in one line ("Leerling: … · geboortedatum … · ingeschreven …"),
 * arrangements as a definition list per arrangement with "Ingangsdatum" and "Afloopdatum", the
 * ROD messages as a list. The list of ROD messages is about none of them.
 */
import { esc, page, type Family, type PageFacts } from '../facts';
import { identity, settingsPage } from '../shapes';
import { eachSection, shownParagraphs } from '../opp/opp-controls';

function content(f: PageFacts): string {
  switch (f.kind) {
    case 'arrangements':
      return `<h2>Onderwijsarrangementen</h2>${f.note ? `<p>${esc(f.note)}</p>` : ''}${
        f.rows.length
          ? f.rows.map((r) => `<dl class="arr"><dt>Ingangsdatum</dt><dd>${esc(r.begin)}</dd><dt>Afloopdatum</dt><dd>${esc(r.end)}</dd><dt>Omschrijving</dt><dd>${esc(r.opmerkingen ?? '')}</dd></dl>`).join('')
          : '<div class="empty-state"><svg aria-hidden="true" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg><p>Er zijn nog geen onderwijsarrangementen vastgelegd.</p></div>'
      }${f.documents?.length ? `<p class="files">${f.documents.map(esc).join(' ')}</p>` : ''}`;
    case 'form':
      return `<h2>Onderwijsarrangement toevoegen</h2><form><label for="i1">Ingangsdatum</label><input id="i1"><label for="i2">Afloopdatum</label><input id="i2"></form>`;
    case 'rod':
      return `<h2>ROD-berichten</h2><table class="list"><thead><tr><th>Datum</th><th>Berichttype</th><th>Status</th></tr></thead><tbody><tr><td>03-10-2026</td><td><a href="#">Inschrijving PO aanleveren</a></td><td>Verwerkt</td></tr></tbody></table>
<h3>Geopend bericht</h3><dl><dt>Berichttype</dt><dd>Inschrijving PO aanleveren</dd>${f.details.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>${
        f.perspective ? `<h4>Ontwikkelingsperspectief</h4><dl><dt>Begindatum</dt><dd>${f.perspective.begin}</dd><dt>Einddatum</dt><dd>${f.perspective.end}</dd></dl>` : ''
      }`;
    case 'student':
      return `<h2>Leerlingkaart</h2><dl>${f.details.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
    case 'settings':
      return '';
  }
}

export const identityLine: Family = {
  id: 'identity-line',
  about: 'the pupil in one line with other dates beside the birth date, arrangements with Ingangsdatum/Afloopdatum, the list of ROD messages above the one opened',
  render(f) {
    if (f.kind === 'settings') return settingsPage('radiogroup-aria', f, 'Topdossier', (b) => `<h2>Schoolinstellingen</h2>${b}`);
    return page('ParnasSys', `${identity('leerling-line', f.pupil)}\n${content(f)}`);
  },
  renderOpp(doc) {
    const body = eachSection(doc, (s, fields) => `${s.heading ? `<h3>${esc(s.heading)}</h3>` : ''}<dl>${fields((f) => `<dt>${esc(f.label)}</dt><dd>${shownParagraphs(f.value, 'span')}</dd>`)}</dl>`);
    return page('Topdossier', `${identity('leerling-line', doc.pupil)}\n<h2>${esc(doc.title)}</h2>${body}`);
  },
};
