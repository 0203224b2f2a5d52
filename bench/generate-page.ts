/**
 * Big OPP pages for the benchmark and the hard-page tests: a complete OPP (Wicket-style
 * table inside app chrome, at realistic depth) plus filler of the kind real apps carry
 * (menus, hidden templates, lists, tables) until the page has about `elements` elements.
 */
const SECTIONS: [string, string][] = [
  ['Datum inschrijving', '<input value="02-09-2024">'],
  ['Datum vaststelling', '<input value="01-10-2024">'],
  ['Belemmerende factoren (leerling en omgeving)', '<textarea>Taalbegrip; snel overprikkeld in grote groepen.</textarea>'],
  ['Bevorderende factoren (leerling en omgeving)', '<textarea>Gemotiveerd, sterk in rekenen, betrokken ouders.</textarea>'],
  ['Handelingsdeel', '<textarea>Verlengde instructie taal in kleine groep; ambulant begeleider wekelijks.</textarea>'],
  ['Uitstroomprofiel', '<select><option value="">-- kies --</option><option selected>vmbo-kb</option></select>'],
  ['Onderbouwing uitstroomprofiel', '<textarea>Rekenen op 2F-koers, taal rond 1F; met ondersteuning vmbo-kb.</textarea>'],
  ['Hoe is de mening van de leerling meegenomen?', '<textarea id="hoorrecht">In het leerlinggesprek koos de leerling voor werken in een klein groepje.</textarea>'],
  ['Instemming ouders', '<span>Ja, digitaal ingestemd op 30-09-2024</span>'],
  ['Evaluatiedatum', '<span>15-01-2025, 10-10-2025, 05-11-2026</span>'],
];

function filler(i: number): string {
  switch (i % 5) {
    case 0:
      return `<li class="m${i}"><a href="#n${i}">Menu-item ${i}</a></li>`;
    case 1:
      return `<div class="card"><span class="t">Melding ${i}</span><p>Tekst bij melding ${i} over de groep.</p></div>`;
    case 2:
      return `<tr><td>Rij ${i}</td><td>${i % 28 + 1}-0${(i % 9) + 1}-2026</td><td><span>gelezen</span></td></tr>`;
    case 3:
      return `<div hidden><template><p>Sjabloon ${i}</p></template><span>verborgen ${i}</span></div>`;
    default:
      return `<p><b>Opmerking:</b> <span>notitie ${i}</span></p>`;
  }
}

/** Elements each filler snippet adds, on average (measured once from the snippets above). */
const PER_FILLER = 2.6;

export function bigOppPage(elements: number): string {
  const rows = SECTIONS.map(([label, value]) => `<tr><td class="lbl"><span>${label}</span></td><td><div class="veld">${value}</div></td></tr>`).join('\n');
  const opp = `<div id="content"><div class="panel"><div class="panel-body"><form><table class="tbl"><tbody>${rows}</tbody></table><button type="submit">Opslaan</button></form></div></div></div>`;
  const count = Math.max(0, Math.round((elements - 120) / PER_FILLER));
  const before: string[] = [];
  const after: string[] = [];
  for (let i = 0; i < count; i++) (i % 2 ? after : before).push(filler(i));
  const list = (items: string[]) =>
    `<div class="side"><ul>${items.filter((x) => x.startsWith('<li')).join('')}</ul><table><tbody>${items.filter((x) => x.startsWith('<tr')).join('')}</tbody></table>${items
      .filter((x) => !x.startsWith('<li') && !x.startsWith('<tr'))
      .join('')}</div>`;
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Ontwikkelingsperspectiefplan - TOPdossier</title></head><body><header><nav><a href="#">TOPdossier</a></nav></header><main>${list(before)}<h1>Ontwikkelingsperspectiefplan</h1>${opp}${list(after)}</main></body></html>`;
}
