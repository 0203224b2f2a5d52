/**
 * A single-page-app theme with ARIA widgets: role=tab with aria-selected for the section,
 * role=grid rows of divs for lists ("No Records Found" when empty), an unlabelled header
 * band with the pupil, and switches and div radios for settings.
 */
import { esc, page, type Family, type PageFacts } from '../facts';
import { identity, settingsPage } from '../shapes';
import { ariaControl, nextId } from '../opp/opp-controls';
import type { OppField } from '../opp/opp-facts';

const TABS = ['Leerlingkaart', 'Personalia', 'Passend onderwijs', 'ROD'];
const tabs = (selected: string) =>
  `<div role="tablist">${TABS.map((t) => `<div role="tab" tabindex="${t === selected ? 0 : -1}" aria-selected="${t === selected}">${t}</div>`).join('')}</div>`;

function grid(headers: string[], rows: string[][], empty: string): string {
  const head = `<div role="row">${headers.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div>`;
  const body = rows.length
    ? rows.map((r) => `<div role="row">${r.map((c) => `<div role="gridcell">${esc(c)}</div>`).join('')}</div>`).join('')
    : `<div role="row"><div role="gridcell" aria-colspan="${headers.length}">${empty}</div></div>`;
  return `<div role="grid" aria-label="Onderwijsarrangementen">${head}${body}</div>`;
}

function content(f: PageFacts): string {
  switch (f.kind) {
    case 'arrangements':
      return `${tabs('Passend onderwijs')}<div role="tabpanel">${f.note ? `<div role="alert">${esc(f.note)}</div>` : ''}${grid(['Begindatum', 'Einddatum', 'Opmerkingen'], f.rows.map((r) => [r.begin, r.end, r.opmerkingen ?? '']), 'No Records Found')}
${f.documents?.length ? `<div role="list">${f.documents.map((d) => `<div role="listitem">${esc(d)}</div>`).join('')}</div>` : ''}<div role="button" tabindex="0">Onderwijsarrangement toevoegen</div></div>`;
    case 'form':
      return `${tabs('Passend onderwijs')}<div role="tabpanel"><div role="heading" aria-level="2">Onderwijsarrangement toevoegen</div><div><input aria-label="Begindatum"></div><div><input aria-label="Einddatum"></div></div>`;
    case 'rod':
      return `${tabs('ROD')}<div role="tabpanel"><div role="heading" aria-level="2">Inschrijving PO aanleveren</div>${f.details.map(([k, v]) => `<div><span>${k}</span> <span>${esc(v)}</span></div>`).join('')}
${f.perspective ? `<div role="heading" aria-level="3">Ontwikkelingsperspectief</div>${grid(['Begindatum', 'Einddatum'], [[f.perspective.begin, f.perspective.end]], '')}` : ''}</div>`;
    case 'student':
      return `${tabs('Leerlingkaart')}<div role="tabpanel">${f.details.map(([k, v]) => `<div><span class="k">${k}</span> <span>${esc(v)}</span></div>`).join('')}</div>`;
    case 'settings':
      return '';
  }
}

export const ariaTabsGrid: Family = {
  id: 'aria-tabs-grid',
  about: 'ARIA tabs and grids of divs, an unlabelled header band, switches and div radios',
  render(f) {
    if (f.kind === 'settings') return settingsPage('radiogroup-aria', f, 'Topdossier', (b) => `<div role="heading" aria-level="1">Schoolinstellingen</div>${b}<div role="button">Opslaan</div>`);
    return page('ParnasSys', `${identity('band-unlabelled', f.pupil)}\n${content(f)}`);
  },
  renderOpp(doc) {
    // ARIA tabs: one panel per section, only the first shown; fields are contenteditable textboxes and ARIA radios.
    const sections = doc.sections.filter((s) => s.heading !== null);
    const lead = doc.sections.filter((s) => s.heading === null).flatMap((s) => s.fields);
    const field = (f: OppField) => {
      const l = nextId('l');
      return `<div class="fld"><div class="fld__label" id="${l}">${esc(f.label)}</div>${ariaControl(f.value, l)}</div>`;
    };
    const tabs = sections.map((s, i) => `<div role="tab" id="t${i}" aria-controls="tp${i}" aria-selected="${i === 0}" tabindex="${i === 0 ? 0 : -1}">${esc(s.heading ?? '')}</div>`);
    const panels = sections.map((s, i) => `<div role="tabpanel" id="tp${i}" aria-labelledby="t${i}"${i === 0 ? '' : ' hidden'}>${s.fields.map(field).join('')}</div>`);
    return page('Topdossier', `${identity('band-unlabelled', doc.pupil)}\n<div role="heading" aria-level="1">${esc(doc.title)}</div>${lead.map(field).join('')}<div role="tablist">${tabs.join('')}</div>${panels.join('\n')}<div role="button" tabindex="0">Opslaan</div>`);
  },
};
