/**
 * An Onderwijs page whose Passend onderwijs section stands among other dated sections of the
 * pupil: Schoolloopbaan (two rows that have not ended), Inschrijving, a collapsed Absentie, notes
 * with dates, and a "Laatst gewijzigd" footer. None of those dates is an arrangement's. The pupil
 * is in the breadcrumb with the birth date in brackets, before the page's own name.
 */
import { esc, page, type Family, type PageFacts } from '../facts';
import { identity, settingsPage } from '../shapes';
import { eachSection, shownParagraphs } from '../opp/opp-controls';

const table = (headers: string[], rows: string[][], empty = 'Geen resultaten gevonden') =>
  `<table class="grid"><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${
    rows.length ? rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('') : `<tr><td colspan="${headers.length}">${empty}</td></tr>`
  }</tbody></table>`;

/** The other sections of a pupil's Onderwijs page, each with dates of its own. */
export const OTHER_SECTIONS = `
<section class="box"><h3>Schoolloopbaan</h3>${table(['Schooljaar', 'Groep', 'Van', 'Tot'], [['2026-2027', '5', '24-08-2026', ''], ['2026-2027', 'Rekengroep', '14-09-2026', ''], ['2025-2026', '4', '25-08-2025', '10-07-2026']])}</section>
<section class="box"><h3>Inschrijving</h3><dl><dt>Datum inschrijving</dt><dd>22-08-2022</dd><dt>School van herkomst</dt><dd>-</dd></dl></section>
<details class="box"><summary>Absentie</summary>${table(['Datum', 'Reden', 'Uren'], [['12-11-2026', 'Ziek', '5'], ['03-10-2026', 'Tandarts', '1']])}</details>
<section class="box"><h3>Leerlingnotities</h3><ul><li>04-11-2026 — gesprek met ouders over de aanpak</li><li>15-09-2026 — start in groep 5</li></ul></section>`;

function passend(f: Extract<PageFacts, { kind: 'arrangements' }>): string {
  const rows = f.rows.map((r) => [r.begin, r.end, r.opmerkingen ?? '']);
  return `<section class="box"><h3>Passend onderwijs</h3>${f.note ? `<p>${esc(f.note)}</p>` : ''}${table(['Begindatum', 'Einddatum', 'Opmerkingen'], rows)}<a class="btn" href="#">Onderwijsarrangement toevoegen</a>${f.documents?.length ? `<p class="files">${f.documents.map(esc).join(' ')}</p>` : ''}</section>`;
}

function content(f: PageFacts): string {
  switch (f.kind) {
    case 'arrangements':
      return `<h2>Onderwijs</h2>${passend(f)}${OTHER_SECTIONS}`;
    case 'form':
      return `<h2>Onderwijs</h2><section class="box"><h3>Onderwijsarrangement toevoegen</h3><form><label for="b1">Begindatum</label><input id="b1"><label for="b2">Einddatum</label><input id="b2"><button>Opslaan</button></form></section>${OTHER_SECTIONS}`;
    case 'rod':
      return `<h2>ROD</h2><section class="box"><h3>Bericht</h3><dl><dt>Berichttype</dt><dd>Inschrijving PO aanleveren</dd>${f.details.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl></section>${
        f.perspective ? `<section class="box"><h3>Ontwikkelingsperspectief</h3><dl><dt>Begindatum</dt><dd>${f.perspective.begin}</dd><dt>Einddatum</dt><dd>${f.perspective.end}</dd></dl></section>` : ''
      }`;
    case 'student':
      return `<h2>Leerlingkaart</h2><section class="box"><dl>${f.details.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl></section>${OTHER_SECTIONS}`;
    case 'settings':
      return '';
  }
}

export const otherSections: Family = {
  id: 'other-sections',
  about: 'Passend onderwijs among Schoolloopbaan, Inschrijving, Absentie and notes, each with dates; the pupil in the breadcrumb with the birth date',
  render(f) {
    if (f.kind === 'settings') return settingsPage('radios', f, 'Topdossier', (b) => `<h2>Instellingen</h2><section class="box"><h3>Schoolinstellingen</h3>${b}</section><section class="box"><h3>Laatste wijzigingen</h3><p>03-11-2026 door beheerder</p></section>`);
    return page('ParnasSys', `${identity('crumb-with-date', f.pupil)}\n${content(f)}\n<footer class="foot">Laatst gewijzigd op 03-08-2026</footer>`);
  },
  renderOpp(doc) {
    const body = eachSection(doc, (s, fields) => `<section class="box">${s.heading ? `<h3>${esc(s.heading)}</h3>` : ''}${fields((f) => `<h4>${esc(f.label)}</h4>${shownParagraphs(f.value)}`)}</section>`);
    return page('Topdossier', `${identity('crumb-with-date', doc.pupil)}\n<h2>${esc(doc.title)}</h2>${body}<footer class="foot">Laatst gewijzigd op 03-08-2026</footer>`);
  },
};
