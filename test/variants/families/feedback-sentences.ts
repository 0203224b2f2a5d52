/**
 * A list filtered to running arrangements, Wicket style: an empty list is a sentence in a
 * feedback panel ("Er zijn geen lopende onderwijsarrangementen voor deze leerling.") beside a
 * "Toon ook beëindigde" switch that is off; an Einddatum not yet known is shown as "–". The pupil
 * is a heading with the birth date in an abbreviation (`<abbr title="Geboortedatum">`).
 */
import { esc, page, type Family, type PageFacts } from '../facts';
import { identity, settingsPage } from '../shapes';
import { eachSection, shownParagraphs } from '../opp/opp-controls';

const SWITCH = `<div class="switch"><span id="sw-l">Toon ook beëindigde arrangementen</span><button role="switch" aria-checked="false" aria-labelledby="sw-l"></button></div>`;

function content(f: PageFacts): string {
  switch (f.kind) {
    case 'arrangements': {
      const rows = f.rows.map((r) => `<tr><td>${esc(r.begin)}</td><td>${r.end ? esc(r.end) : '–'}</td><td>${esc(r.opmerkingen ?? '')}</td></tr>`).join('');
      const body = f.rows.length
        ? `<table class="dataview"><thead><tr><th>Begindatum</th><th>Einddatum</th><th>Omschrijving</th></tr></thead><tbody>${rows}</tbody></table>`
        : '<ul class="feedbackPanel"><li class="feedbackPanelINFO"><span>Er zijn geen lopende onderwijsarrangementen voor deze leerling.</span></li></ul>';
      return `<h2>Passend onderwijs</h2>${SWITCH}${f.note ? `<p>${esc(f.note)}</p>` : ''}${body}<a class="button" href="#">Onderwijsarrangement toevoegen</a>${f.documents?.length ? `<p class="files">${f.documents.map(esc).join(' ')}</p>` : ''}`;
    }
    case 'form':
      return `<h2>Onderwijsarrangement toevoegen</h2><ul class="feedbackPanel"><li class="feedbackPanelWARNING"><span>Begindatum is verplicht.</span></li></ul><form><label for="x1">Begindatum</label><input id="x1"><label for="x2">Einddatum</label><input id="x2"></form>`;
    case 'rod':
      return `<h2>ROD</h2><table class="detail"><tr><th>Berichttype</th><td>Inschrijving PO aanleveren</td></tr>${f.details.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>${
        f.perspective ? `<h3>Ontwikkelingsperspectief</h3><table class="detail"><tr><th>Begindatum</th><td>${f.perspective.begin}</td></tr><tr><th>Einddatum</th><td>${f.perspective.end || '–'}</td></tr></table>` : ''
      }`;
    case 'student':
      return `<h2>Leerlingkaart</h2><table class="detail">${f.details.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;
    case 'settings':
      return '';
  }
}

export const feedbackSentences: Family = {
  id: 'feedback-sentences',
  about: 'running arrangements only, an empty list as a feedback-panel sentence beside a switch, an open end as "–"; the birth date in an <abbr>',
  render(f) {
    if (f.kind === 'settings') return settingsPage('segmented', f, 'Topdossier', (b) => `<h2>Schoolinstellingen</h2>${b}`);
    return page('ParnasSys', `${identity('abbr', f.pupil)}\n${content(f)}`);
  },
  renderOpp(doc) {
    const body = eachSection(doc, (s, fields) => `${s.heading ? `<h3>${esc(s.heading)}</h3>` : ''}<table class="detail">${fields((f) => `<tr><th>${esc(f.label)}</th><td>${shownParagraphs(f.value)}</td></tr>`)}</table>`);
    return page('Topdossier', `${identity('abbr', doc.pupil)}\n<h2>${esc(doc.title)}</h2>${body}`);
  },
};
