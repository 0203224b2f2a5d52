/**
 * Apache Wicket's defaults, as ParnasSys most likely renders them: TabbedPanel
 * (div.tab-row, the active li "selected"), DataTable (thead tr.headers th span, rows
 * even/odd with td div, the empty state as tfoot tr.norecords-tr), a header band.
 */
import { esc, page, type Family, type PageFacts } from '../facts';
import { identity, settingsPage } from '../shapes';
import { eachSection, nativeControl, nextId } from '../opp/opp-controls';

const TABS = ['Leerlingkaart', 'Personalia', 'Onderwijs', 'Absentie', 'Toetsen', 'Begeleiding'];
const tabPanel = (tabs: string[], selected: string, cls = 'tab-row') =>
  `<div class="${cls}"><ul>${tabs.map((t, i) => `<li class="${t === selected ? 'selected' : ''}${i === tabs.length - 1 ? ' last' : ''}"><a href="#"><span>${t}</span></a></li>`).join('')}</ul></div>`;

function dataTable(headers: string[], rows: string[][], empty: string): string {
  const head = `<thead><tr class="headers">${headers.map((h) => `<th class="wicket_orderUp"><a href="#"><span>${h}</span></a></th>`).join('')}</tr></thead>`;
  const body = rows.map((r, i) => `<tr class="${i % 2 ? 'odd' : 'even'}">${r.map((c) => `<td><div>${esc(c)}</div></td>`).join('')}</tr>`).join('');
  const foot = rows.length ? '' : `<tfoot><tr class="norecords-tr"><td colspan="${headers.length}" class="norecords-td"><div>${empty}</div></td></tr></tfoot>`;
  return `<table class="dataview">${head}<tbody>${body}</tbody>${foot}</table>`;
}

function content(f: PageFacts): string {
  switch (f.kind) {
    case 'arrangements':
      return `${tabPanel(TABS, 'Onderwijs')}<div class="tab-panel">${tabPanel(['Schoolloopbaan', 'Passend onderwijs', 'Ondersteuning'], 'Passend onderwijs', 'tab-row sub')}
${f.note ? `<div class="feedback">${esc(f.note)}</div>` : ''}
${dataTable(['Begindatum', 'Einddatum', 'Opmerkingen', 'Begeleider', 'Samenwerkingsverband'], f.rows.map((r) => [r.begin, r.end, r.opmerkingen ?? '', '', '']), 'Geen resultaten gevonden')}
${f.documents?.length ? `<div class="box"><div class="box-title">Documenten</div><ul>${f.documents.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>` : ''}
<a href="#" class="button"><span>Onderwijsarrangement toevoegen</span></a></div>`;
    case 'form':
      return `${tabPanel(TABS, 'Onderwijs')}<div class="tab-panel"><h3>Onderwijsarrangement toevoegen</h3><form><table class="form">
<tr><td><label for="b1">Begindatum</label><span class="required">*</span></td><td><input id="b1" name="begindatum:field"></td></tr>
<tr><td><label for="b2">Einddatum</label></td><td><input id="b2" name="einddatum:field"></td></tr>
<tr><td><label for="b3">Opmerkingen</label></td><td><textarea id="b3" name="opmerkingen"></textarea></td></tr></table>
<input type="submit" value="Opslaan"></form></div>`;
    case 'rod':
      return `${tabPanel(TABS, 'Personalia')}<div class="tab-panel">${tabPanel(['Gegevens', 'Verzorgers', 'ROD'], 'ROD', 'tab-row sub')}
<table class="detail"><tr><th>Berichttype</th><td>Inschrijving PO aanleveren</td></tr>${f.details.map(([k, v]) => `<tr><th>${k}</th><td>${esc(v)}</td></tr>`).join('')}</table>
${f.perspective ? `<h4>Ontwikkelingsperspectief</h4><table class="detail"><tr><th>Begindatum</th><td>${f.perspective.begin}</td></tr><tr><th>Einddatum</th><td>${f.perspective.end}</td></tr></table>` : ''}</div>`;
    case 'student':
      return `${tabPanel(TABS, 'Leerlingkaart')}<div class="tab-panel"><table class="detail">${f.details.map(([k, v]) => `<tr><th>${k}</th><td>${esc(v)}</td></tr>`).join('')}</table></div>`;
    case 'settings':
      return '';
  }
}

export const wicketDatatable: Family = {
  id: 'wicket-datatable',
  about: "Wicket's TabbedPanel and DataTable as they come (ParnasSys' likely stack)",
  render(f) {
    if (f.kind === 'settings') return settingsPage('select', f, 'Schoolinstellingen', (b) => `<div class="box"><div class="box-title">Schoolinstellingen</div><form>${b}<input type="submit" value="Opslaan"></form></div>`);
    return page('ParnasSys', `${identity('header-geboren', f.pupil)}\n${content(f)}`);
  },
  renderOpp(doc) {
    // Wicket's form: one label/value table, a section as a header row, native controls.
    const rows = eachSection(doc, (s, fields) => `${s.heading ? `<tr><th colspan="2" class="sectie">${esc(s.heading)}</th></tr>` : ''}${fields((f) => {
      const id = nextId();
      return `<tr><td class="lbl"><label for="${id}">${esc(f.label)}</label></td><td>${nativeControl(f.value, id)}</td></tr>`;
    })}`);
    return page('TOPdossier', `${identity('header-geboren', doc.pupil)}\n<form method="post" action="?4-1.IFormSubmitListener-oppForm"><h1>${esc(doc.title)}</h1><table class="tbl"><tbody>${rows}</tbody></table><div class="buttons"><button type="submit">Opslaan</button></div></form>`);
  },
};
