/**
 * Bootstrap tabs without ARIA on the pupil's Onderwijs page: Schoolloopbaan is the tab shown,
 * and the Passend onderwijs pane is in the page but hidden (a class alone hides it). What it
 * holds is still what is registered. The pupil is a side card titled with the name.
 */
import { esc, page, type Family, type PageFacts } from '../facts';
import { identity, settingsPage } from '../shapes';
import { eachSection, shownParagraphs } from '../opp/opp-controls';

const tabs = (active: string, panes: [string, string, string][]) =>
  `<ul class="nav nav-tabs">${panes.map(([id, name]) => `<li class="nav-item"><a class="nav-link${name === active ? ' active' : ''}" href="#${id}">${name}</a></li>`).join('')}</ul>
<div class="tab-content">${panes.map(([id, name, body]) => `<div class="tab-pane${name === active ? ' active' : ''}" id="${id}">${body}</div>`).join('')}</div>`;

const LOOPBAAN = `<table class="table"><tr><th>Schooljaar</th><th>Groep</th><th>Van</th><th>Tot</th></tr><tr><td>2026-2027</td><td>5</td><td>24-08-2026</td><td></td></tr><tr><td>2025-2026</td><td>4</td><td>25-08-2025</td><td>10-07-2026</td></tr></table>`;

function passend(f: Extract<PageFacts, { kind: 'arrangements' }>): string {
  const rows = f.rows.map((r) => `<tr><td>${esc(r.begin)}</td><td>${esc(r.end)}</td><td>${esc(r.opmerkingen ?? '')}</td></tr>`).join('');
  return `${f.note ? `<p>${esc(f.note)}</p>` : ''}${
    f.rows.length ? `<table class="table"><tr><th>Ingangsdatum</th><th>Einddatum</th><th>Opmerkingen</th></tr>${rows}</table>` : '<p class="text-muted">Geen onderwijsarrangementen gevonden.</p>'
  }${f.documents?.length ? `<p class="files">${f.documents.map(esc).join(' ')}</p>` : ''}`;
}

function content(f: PageFacts): string {
  switch (f.kind) {
    case 'arrangements':
      return `<h2>Onderwijs</h2>${tabs('Schoolloopbaan', [['t-loop', 'Schoolloopbaan', LOOPBAAN], ['t-passend', 'Passend onderwijs', passend(f)], ['t-in', 'Inschrijving', '<p>Datum inschrijving: 22-08-2022</p>']])}`;
    case 'form':
      return `<h2>Onderwijs</h2>${tabs('Passend onderwijs', [['t-loop', 'Schoolloopbaan', LOOPBAAN], ['t-passend', 'Passend onderwijs', '<h3>Onderwijsarrangement toevoegen</h3><form><label for="h1">Begindatum</label><input id="h1"></form>']])}`;
    case 'rod':
      return `<h2>Personalia</h2>${tabs('ROD', [['t-adres', 'Adres', '<p>Dorpsstraat 1</p>'], ['t-rod', 'ROD', `<p>Berichttype: Inschrijving PO aanleveren</p>${f.details.map(([k, v]) => `<p>${esc(k)}: ${esc(v)}</p>`).join('')}${f.perspective ? `<h3>Ontwikkelingsperspectief</h3><p>Begindatum: ${f.perspective.begin}</p><p>Einddatum: ${f.perspective.end}</p>` : ''}`]])}`;
    case 'student':
      return `<h2>Leerlingkaart</h2>${f.details.map(([k, v]) => `<p>${esc(k)}: ${esc(v)}</p>`).join('')}`;
    case 'settings':
      return '';
  }
}

export const hiddenTabPanel: Family = {
  id: 'hidden-tab-panel',
  about: 'Bootstrap tabs without ARIA, the Passend onderwijs pane hidden behind the selected Schoolloopbaan tab; the pupil as a side card',
  render(f) {
    if (f.kind === 'settings') return settingsPage('select', f, 'Topdossier', (b) => `<h2>Instellingen</h2>${tabs('Schoolinstellingen', [['s1', 'Schoolinstellingen', b], ['s2', 'Gebruikers', '<p>3 gebruikers</p>']])}`);
    return page('ParnasSys', `${identity('side-card', f.pupil)}\n<main>${content(f)}</main>`);
  },
  renderOpp(doc) {
    const panes = doc.sections.map((s, i) => [`o${i}`, s.heading ?? 'Algemeen', s.fields.map((f) => `<h4>${esc(f.label)}</h4>${shownParagraphs(f.value)}`).join('')] as [string, string, string]);
    const first = panes[0]?.[1] ?? '';
    return page('Topdossier', `${identity('side-card', doc.pupil)}\n<main><h2>${esc(doc.title)}</h2>${tabs(first, panes)}</main>`);
  },
};
