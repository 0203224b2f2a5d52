/**
 * Panels as fieldsets: the section is the <legend>, the list a table with a caption and no
 * <thead>, an empty list a table with its header row only. Settings are radio groups
 * whose option labels explain the option.
 */
import { esc, page, type Family, type PageFacts } from '../facts';
import { identity, settingsPage } from '../shapes';
import { eachSection, nativeControl, nextId } from '../opp/opp-controls';

const table = (caption: string, headers: string[], rows: string[][]) =>
  `<table><caption>${caption}</caption><tr>${headers.map((h) => `<th scope="col">${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;

function content(f: PageFacts): string {
  switch (f.kind) {
    case 'arrangements':
      return `<fieldset><legend>Passend onderwijs</legend>${f.note ? `<p>${esc(f.note)}</p>` : ''}${table('Onderwijsarrangementen', ['Begindatum', 'Einddatum', 'Opmerkingen'], f.rows.map((r) => [r.begin, r.end, r.opmerkingen ?? '']))}
${f.documents?.length ? `<p>Bijlagen: ${f.documents.map(esc).join(', ')}</p>` : ''}<input type="button" value="Onderwijsarrangement toevoegen"></fieldset>`;
    case 'form':
      return `<form><fieldset><legend>Onderwijsarrangement toevoegen</legend><p><label for="g1">Begindatum</label> <input id="g1"></p><p><label for="g2">Einddatum</label> <input id="g2"></p></fieldset><button>Opslaan</button></form>`;
    case 'rod':
      return `<fieldset><legend>ROD-bericht: Inschrijving PO aanleveren</legend>${table('Gegevens', ['Veld', 'Waarde'], f.details.map(([k, v]) => [k, v]))}</fieldset>
${f.perspective ? `<fieldset><legend>Ontwikkelingsperspectief</legend><p>Begindatum: ${f.perspective.begin}</p><p>Einddatum: ${f.perspective.end}</p></fieldset>` : ''}`;
    case 'student':
      return `<fieldset><legend>Leerlingkaart</legend>${f.details.map(([k, v]) => `<p>${k}: ${esc(v)}</p>`).join('')}</fieldset>`;
    case 'settings':
      return '';
  }
}

export const fieldsetLegend: Family = {
  id: 'fieldset-legend',
  about: 'fieldset panels named by their legend; captioned tables; radio groups with explained options',
  render(f) {
    if (f.kind === 'settings') return settingsPage('radios', f, 'Topdossier', (b) => `<form><fieldset><legend>Schoolinstellingen</legend>${b}</fieldset><button type="submit">Opslaan</button></form>`);
    return page('ParnasSys', `${identity('heading-geb', f.pupil)}\n${content(f)}`);
  },
  renderOpp(doc) {
    // An edit form: each section a fieldset named by its legend; choices as native radios in their own fieldset.
    const body = eachSection(doc, (s, fields) => {
      const inner = fields((f) => {
        const id = nextId();
        if (typeof f.value === 'object' && 'options' in f.value) return `<fieldset class="choice"><legend>${esc(f.label)}</legend>${nativeControl(f.value, id, true)}</fieldset>`;
        return `<div class="row"><label for="${id}">${esc(f.label)}</label> ${nativeControl(f.value, id)}</div>`;
      });
      return s.heading ? `<fieldset><legend>${esc(s.heading)}</legend>${inner}</fieldset>` : inner;
    });
    return page('Topdossier', `${identity('heading-geb', doc.pupil)}\n<form><h1>${esc(doc.title)}</h1>${body}<button type="submit">Opslaan</button></form>`);
  },
};
