/**
 * Arrangements written as periods in words, one line each: "Periode: 1 oktober 2026 t/m 31 juli
 * 2027", "sinds 1 oktober 2026" when no end date is known, with a status beside it ("Lopend",
 * "Beëindigd"). The pupil is a bar "Naam | geb. … | groep …".
 */
import { esc, page, type ArrangementRow, type Family, type PageFacts } from '../facts';
import { birthAs, identity, settingsPage } from '../shapes';
import { eachSection, shownParagraphs } from '../opp/opp-controls';
import { parseDate } from '../../../lib/dates';

const TODAY = '2026-11-28';

/** One arrangement as a line of words. */
function line(r: ArrangementRow, i: number): string {
  const begin = parseDate(r.begin);
  const end = r.end ? parseDate(r.end) : null;
  const words = (d: string) => {
    const read = parseDate(d);
    return read.ok ? birthAs(read.iso.split('-').reverse().join('-'), 'words') : d;
  };
  const status = end?.ok && end.iso < TODAY ? 'Beëindigd' : 'Lopend';
  const period = end ? (i % 2 ? `van ${r.begin} tot en met ${r.end}` : `Periode: ${words(r.begin)} t/m ${words(r.end)}`) : `sinds ${words(r.begin)}`;
  return `<li class="arr"><span class="arr__period">${esc(begin.ok ? period : `Periode: ${r.begin} t/m ${r.end}`)}</span> <span class="badge">${status}</span>${r.opmerkingen ? `<div class="arr__text">${esc(r.opmerkingen)}</div>` : ''}</li>`;
}

function content(f: PageFacts): string {
  switch (f.kind) {
    case 'arrangements':
      return `<h2>Passend onderwijs</h2>${f.note ? `<p class="note">${esc(f.note)}</p>` : ''}${
        f.rows.length ? `<ul class="arrangementen">${f.rows.map(line).join('')}</ul>` : '<p class="empty">Er zijn geen onderwijsarrangementen voor deze leerling.</p>'
      }<button type="button">Onderwijsarrangement toevoegen</button>${f.documents?.length ? `<p class="files">${f.documents.map(esc).join(' ')}</p>` : ''}`;
    case 'form':
      return `<h2>Onderwijsarrangement toevoegen</h2><form><p><label>Begindatum <input name="begin"></label></p><p><label>Einddatum <input name="einde"></label></p><button>Opslaan</button></form>`;
    case 'rod':
      return `<h2>ROD-bericht</h2><p>Berichttype: Inschrijving PO aanleveren</p>${f.details.map(([k, v]) => `<p>${esc(k)}: ${esc(v)}</p>`).join('')}${
        f.perspective ? `<h3>Ontwikkelingsperspectief</h3><p>Begindatum: ${f.perspective.begin}</p><p>Einddatum: ${f.perspective.end}</p>` : ''
      }`;
    case 'student':
      return `<h2>Leerlingkaart</h2>${f.details.map(([k, v]) => `<p>${esc(k)}: ${esc(v)}</p>`).join('')}`;
    case 'settings':
      return '';
  }
}

export const periodsInWords: Family = {
  id: 'periods-in-words',
  about: 'arrangements as periods in words ("Periode: … t/m …", "van … tot en met …", "sinds …") with a status; the pupil as a bar with pipes',
  render(f) {
    if (f.kind === 'settings') return settingsPage('readonly', f, 'Topdossier', (b) => `<h2>Schoolinstellingen</h2>${b}`);
    return page('ParnasSys', `${identity('bar-pipes', f.pupil)}\n${content(f)}`);
  },
  renderOpp(doc) {
    const body = eachSection(doc, (s, fields) => `${s.heading ? `<h3>${esc(s.heading)}</h3>` : ''}${fields((f) => `<p><strong>${esc(f.label)}:</strong></p>${shownParagraphs(f.value)}`)}`);
    return page('Topdossier', `${identity('bar-pipes', doc.pupil)}\n<h2>${esc(doc.title)}</h2>${body}`);
  },
};
