/**
 * Cards with a title element: the breadcrumb ends in the pupil's name, each arrangement
 * is a card, an empty list is a card saying so. Settings are selects inside cards.
 */
import { esc, page, type Family, type PageFacts } from '../facts';
import { identity, settingsPage } from '../shapes';
import { eachSection, shownParagraphs } from '../opp/opp-controls';

const card = (title: string, body: string) => `<div class="card"><div class="card-header"><span class="card-title">${title}</span></div><div class="card-body">${body}</div></div>`;
const item = (k: string, v: string) => `<p class="item"><span class="item-key">${k}</span> <span class="item-val">${esc(v)}</span></p>`;

function content(f: PageFacts): string {
  switch (f.kind) {
    case 'arrangements':
      return card(
        'Onderwijsarrangementen',
        `${f.note ? `<p class="hint">${esc(f.note)}</p>` : ''}${
          f.rows.length
            ? f.rows.map((r) => `<div class="card card--inner">${item('Begindatum', r.begin)}${item('Einddatum', r.end)}${item('Opmerkingen', r.opmerkingen ?? '')}</div>`).join('')
            : '<p class="muted">Geen onderwijsarrangementen gevonden.</p>'
        }${f.documents?.length ? `<p>${f.documents.map(esc).join(' ')}</p>` : ''}<a class="btn" href="#">Onderwijsarrangement toevoegen</a>`,
      );
    case 'form':
      return card('Onderwijsarrangement toevoegen', `<form><div class="mb"><label for="k1">Begindatum</label><input id="k1"></div><div class="mb"><label for="k2">Einddatum</label><input id="k2"></div><button>Opslaan</button></form>`);
    case 'rod':
      return `${card('ROD-melding', `${item('Bericht', 'Inschrijving PO aanleveren')}${f.details.map(([k, v]) => item(k, v)).join('')}`)}${
        f.perspective ? card('Ontwikkelingsperspectief', `${item('Begindatum', f.perspective.begin)}${item('Einddatum', f.perspective.end)}`) : ''
      }`;
    case 'student':
      return card('Leerlingkaart', f.details.map(([k, v]) => item(k, v)).join(''));
    case 'settings':
      return '';
  }
}

export const cards: Family = {
  id: 'cards',
  about: 'cards with title elements, a breadcrumb ending in the name, an empty card',
  render(f) {
    if (f.kind === 'settings') return settingsPage('select', f, 'Topdossier', (b) => card('Schoolinstellingen', `<form>${b}<button type="submit">Opslaan</button></form>`));
    return page('ParnasSys', `${identity('breadcrumb', f.pupil)}\n${content(f)}`);
  },
  renderOpp(doc) {
    // Read-only cards: the section is the card title, each field a subtitle and its text.
    const body = eachSection(doc, (s, fields) => {
      const inner = fields((f) => `<h4 class="card-subtitle">${esc(f.label)}</h4>${shownParagraphs(f.value).replace(/<p>/g, '<p class="card-text">')}`);
      return s.heading ? card(s.heading, inner) : `<div class="card-body">${inner}</div>`;
    });
    return page('Topdossier', `${identity('breadcrumb', doc.pupil)}\n<h2 class="page-title">${esc(doc.title)}</h2>${body}`);
  },
};
