/**
 * A theme of label/value div pairs: the section is the nav link with aria-current, the
 * pupil a "Leerling" field holding name and date, an empty list a sentence and no table.
 */
import { esc, page, type Family, type PageFacts } from '../facts';
import { identity, settingsPage } from '../shapes';
import { eachSection } from '../opp/opp-controls';
import { shownText } from '../opp/opp-facts';

const NAV = ['Leerlingkaart', 'Personalia', 'Passend onderwijs', 'ROD', 'Dossier'];
const nav = (current: string) => `<nav class="subnav">${NAV.map((n) => `<a href="#"${n === current ? ' aria-current="page" class="is-current"' : ''}>${n}</a>`).join(' ')}</nav>`;
const pair = (k: string, v: string) => `<div class="pair"><div class="pair__label">${k}</div><div class="pair__value">${esc(v)}</div></div>`;

function content(f: PageFacts): string {
  switch (f.kind) {
    case 'arrangements': {
      const list = f.rows.length
        ? f.rows.map((r) => `<div class="record">${pair('Begindatum', r.begin)}${pair('Einddatum', r.end)}${pair('Opmerkingen', r.opmerkingen ?? '')}</div>`).join('')
        : '<p class="empty">Er zijn nog geen onderwijsarrangementen geregistreerd voor deze leerling.</p>';
      return `${nav('Passend onderwijs')}${f.note ? `<p class="note">${esc(f.note)}</p>` : ''}${list}
${f.documents?.length ? `<div class="files">${f.documents.map((d) => `<span>${esc(d)}</span>`).join('')}</div>` : ''}<a href="#" class="btn">Onderwijsarrangement toevoegen</a>`;
    }
    case 'form':
      return `${nav('Passend onderwijs')}<div class="panel-title">Onderwijsarrangement toevoegen</div><form>
<div class="pair"><div class="pair__label"><label for="f1">Begindatum *</label></div><div class="pair__value"><input id="f1"></div></div>
<div class="pair"><div class="pair__label"><label for="f2">Einddatum</label></div><div class="pair__value"><input id="f2"></div></div>
<button type="submit">Opslaan</button></form>`;
    case 'rod':
      return `${nav('ROD')}${pair('Soort bericht', 'Inschrijving PO aanleveren')}${f.details.map(([k, v]) => pair(k, v)).join('')}
${f.perspective ? `<div class="panel-title">Ontwikkelingsperspectief</div>${pair('Begindatum', f.perspective.begin)}${pair('Einddatum', f.perspective.end)}` : ''}`;
    case 'student':
      return `${nav('Leerlingkaart')}${f.details.map(([k, v]) => pair(k, v)).join('')}`;
    case 'settings':
      return '';
  }
}

export const labelvalueDivs: Family = {
  id: 'labelvalue-divs',
  about: 'label/value div pairs, the section marked by aria-current, an empty list as a sentence',
  render(f) {
    if (f.kind === 'settings') return settingsPage('readonly', f, 'Instellingen', (b) => `<div class="panel-title">Schoolinstellingen</div>${b}`);
    return page('ParnasSys', `${identity('field-comma', f.pupil)}\n${content(f)}`);
  },
  renderOpp(doc) {
    // A read-only overview of div pairs under panel titles.
    const body = eachSection(doc, (s, fields) => `${s.heading ? `<div class="panel-title">${esc(s.heading)}</div>` : ''}${fields((f) => pair(esc(f.label), shownText(f.value)))}`);
    return page('TOPdossier', `${identity('field-comma', doc.pupil)}\n<div class="panel-title">${esc(doc.title)}</div>${body}`);
  },
};
