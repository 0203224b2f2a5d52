/**
 * The field's own words: every wording of a mandatory part that public formats use is read
 * as that part, and the term dictionaries say where their words come from. Prints both counts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkHtml } from '../../cli/check-html';
import { OPP_TERMS } from '../../lib/terms/opp-terms';
import { ARRANGEMENT_TERMS } from '../../lib/terms/parnassys-terms';
import { SETTINGS_TERMS } from '../../lib/terms/settings-terms';
import { PUPIL_TERMS } from '../../lib/terms/pupil-terms';
import { TERM_SOURCES } from '../../lib/terms/term-sources';
import type { Term } from '../../lib/terms/term';
import { FORMAT_WORDINGS, type Slot } from './format-wordings';

const ORDINARY: Record<Slot, readonly [string, string]> = {
  belemmerend: ['Belemmerende factoren', 'Concentratie is wisselend; thuis weinig structuur.'],
  bevorderend: ['Bevorderende factoren', 'Werkt graag samen en is creatief.'],
  handelingsdeel: ['Handelingsdeel', "Twee keer per week RT met de IB'er; een stappenplan op tafel."],
  instemming: ['Instemming ouders', 'Ja, getekend op 01-10-2025'],
  uitstroom: ['Uitstroomprofiel', 'vmbo-kb'],
  onderbouwing: ['Onderbouwing uitstroomprofiel', 'Intelligentie gemiddeld, leerrendement 75% sinds groep 3.'],
  hoorrecht: ['Hoorrecht', 'Mees vertelde dat hij graag alleen werkt; daarom heeft hij een eigen plek.'],
};
const RULE: Record<Slot, string> = {
  belemmerend: 'opp.factoren', bevorderend: 'opp.factoren', handelingsdeel: 'opp.handelingsdeel', instemming: 'opp.instemming',
  uitstroom: 'opp.uitstroomprofiel', onderbouwing: 'opp.onderbouwing', hoorrecht: 'opp.hoorrecht',
};

/** An ordinary label-and-field OPP with one part's label replaced by `label`. */
function oppWith(slot: Slot, label: string): string {
  const rows = (Object.keys(ORDINARY) as Slot[]).map((s, i) => {
    const [l, v] = ORDINARY[s];
    return `<div class="row"><label for="f${i}">${s === slot ? label : l}</label><textarea id="f${i}">${v}</textarea></div>`;
  });
  return `<!DOCTYPE html><html lang="nl"><head><title>OPP | TOPdossier</title></head><body><h1>Ontwikkelingsperspectiefplan</h1><form>
<div class="row"><label for="d">Datum vaststelling</label><input id="d" value="06-10-2025"></div>
<div class="row"><label for="e">Evaluatie</label><input id="e" value="12-02-2026"></div>
${rows.join('\n')}</form></body></html>`;
}

const statusOf = (html: string, rule: string) =>
  checkHtml(html, { url: 'https://wijs-demo.topdossier.nl/app?5', today: '2026-11-28' }).report.findings.find((f) => f.rule === rule)?.status;

let found = 0;
describe.each(FORMAT_WORDINGS)('"$label" ($source)', ({ slot, label }) => {
  it(`is read as ${slot}: the rule passes, as with our own label`, () => {
    expect(statusOf(oppWith(slot, label), RULE[slot])).toBe('pass');
    found++;
  });
});

describe('what formats write that is not the part', () => {
  it('"Voor gezien getekend" is no consent to the handelingsdeel: controleren, never in orde', () => {
    const html = oppWith('instemming', 'Instemming ouders').replace('Ja, getekend op 01-10-2025', 'Ouders hebben voor gezien getekend op 01-10-2025');
    expect(statusOf(html, 'opp.instemming')).toBe('review');
  });
  it('a part\'s letter says nothing: "Onderdeel C" alone names no part', () => {
    expect(statusOf(oppWith('handelingsdeel', 'Onderdeel C'), 'opp.handelingsdeel')).toBe('review');
  });
});

const DICTIONARIES: Record<string, readonly Term<string>[]> = { opp: OPP_TERMS, parnassys: ARRANGEMENT_TERMS, settings: SETTINGS_TERMS, pupil: PUPIL_TERMS };

describe('the dictionaries name real sources', () => {
  it('every source a term names is in the list of sources', () => {
    const named = Object.values(DICTIONARIES).flatMap((d) => d.flatMap((t) => t.sources ?? []));
    expect(named.filter((s) => !(s in TERM_SOURCES))).toEqual([]);
  });
  it('every OPP term names at least one source', () => {
    expect(OPP_TERMS.filter((t) => !t.sources?.length).map((t) => t.pattern.source)).toEqual([]);
  });
});

afterAll(() => {
  const entries = Object.entries(DICTIONARIES).map(([name, d]) => `${name} ${d.filter((t) => t.sources?.length).length}/${d.length}`);
  const all = Object.values(DICTIONARIES).flat();
  console.log(`\nformat wordings: ${found} of ${FORMAT_WORDINGS.length} read as their part (${new Set(FORMAT_WORDINGS.map((w) => w.source)).size} sources)`);
  console.log(`term dictionaries: ${all.filter((t) => t.sources?.length).length} of ${all.length} entries name their source (${entries.join(', ')})`);
});
