// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readOpp } from './opp-reader';
import { humaniseName } from './control-label';

function read(html: string) {
  document.body.innerHTML = html;
  return readOpp(document).facts.parts;
}

describe('reading OPP parts by meaning, whatever the markup', () => {
  it('reads a textarea by its <label for>', () => {
    const parts = read('<label for="h">Hoorrecht</label><textarea id="h">Zij wil meer pauzes.</textarea>');
    expect(parts.hoorrecht?.[0]?.values).toEqual(['Zij wil meer pauzes.']);
  });

  it('reads a control wrapped in its label, without the options as label text', () => {
    const parts = read('<label>Uitstroomprofiel <select><option value="">-- kies --</option><option selected>havo</option></select></label>');
    expect(parts.uitstroom?.[0]?.label).toBe('Uitstroomprofiel');
    expect(parts.uitstroom?.[0]?.values).toEqual(['havo']);
  });

  it("reads a custom select's choice from the widget around its empty search box, not its placeholder", () => {
    const select = (shown: string) =>
      `<label for="u">Uitstroomprofiel</label><div class="ant-select"><div class="ant-select-selector"><span class="ant-select-selection-search"><input id="u" role="combobox" readonly value=""></span>${shown}</div></div>`;
    expect(read(select('<span class="ant-select-selection-item">vmbo-gl/tl</span>')).uitstroom?.[0]?.values).toEqual(['vmbo-gl/tl']);
    expect(read(select('<span class="ant-select-selection-placeholder">Kies een profiel</span>')).uitstroom?.[0]?.values).toEqual(['']);
  });

  it("reads each tick box under one question as a value of its own, with what the box says", () => {
    const parts = read(
      '<div><label for="m">Instemming handelingsdeel</label></div><div><label><input type="checkbox" id="m" checked> Sanne gaat akkoord, ondertekend op 02-10-2025</label><br>' +
        '<label><input type="checkbox"> Ruben gaat akkoord</label></div>',
    );
    expect(parts.instemming?.[0]?.values).toEqual(['ja: Sanne gaat akkoord, ondertekend op 02-10-2025', 'nee']);
  });

  it("reads a lone tick box with its own label and the caption written after it", () => {
    const parts = read('<div><span><input type="checkbox" id="c" checked><label for="c">Ouders gaan akkoord met het handelingsdeel</label></span><div>Akkoord gegeven op 19-09-2025</div></div>');
    expect(parts.instemming?.[0]?.values).toEqual(['ja: Ouders gaan akkoord met het handelingsdeel Akkoord gegeven op 19-09-2025']);
  });

  it('reads an unchosen select as empty', () => {
    const parts = read('<label for="u">Uitstroomprofiel</label><select id="u"><option value="">-- kies --</option><option>havo</option></select>');
    expect(parts.uitstroom?.[0]?.values).toEqual(['']);
  });

  it('reads a label split over inline elements whose first piece holds no dictionary word', () => {
    const parts = read('<table><tr><td>Hoe is de mening van de <b>leerling</b> meegenomen?</td><td>Via een leerlinggesprek.</td></tr></table>');
    expect(parts.hoorrecht?.[0]?.values).toEqual(['Via een leerlinggesprek.']);
  });

  it('reads a word split over inline elements as one word', () => {
    expect(read('<p><b>Hoor</b>recht</p><p>Sem vertelde dat hij vooraan wil zitten; zo is het afgesproken.</p>').hoorrecht?.[0]?.label).toBe('Hoorrecht');
    const parts = read('<table><tr><td><span>Instem</span>ming ouders</td><td>Akkoord</td></tr></table>');
    expect(parts.instemming?.[0]?.values).toEqual(['Akkoord']);
    expect(read('<p>Hoor<b>recht</b></p><p>Sem wil vooraan zitten.</p>').hoorrecht?.[0]?.label).toBe('Hoorrecht');
    expect(read('<table><tr><td><span>Instem</span><span>ming</span> ouders</td><td>Ja</td></tr></table>').instemming?.[0]?.values).toEqual(['Ja']);
  });

  it('reads a split word as a <label>, a column header and a definition term too', () => {
    expect(read('<label for="h"><b>Hoor</b>recht</label><textarea id="h">Sem wil vooraan zitten.</textarea>').hoorrecht?.[0]?.values).toEqual(['Sem wil vooraan zitten.']);
    expect(read('<table><tr><th>Ouder</th><th><span>Instem</span>ming</th></tr><tr><td>A</td><td>ja</td></tr></table>').instemming?.[0]?.values).toEqual(['ja']);
    expect(read('<dl><dt>Hoor<em>recht</em></dt><dd>Sem wil vooraan zitten.</dd></dl>').hoorrecht?.[0]?.values).toEqual(['Sem wil vooraan zitten.']);
  });

  it('does not join the words of two cells or paragraphs into one', () => {
    expect(read('<table><tr><td>Hoor</td><td>recht</td></tr></table>').hoorrecht).toBeUndefined();
    expect(read('<p>Instem</p><p>ming ouders</p>').instemming).toBeUndefined();
  });

  it('reads a Wicket table row: label cell, value cell', () => {
    const parts = read('<table><tr><td>Handelingsdeel</td><td><span id="id4f">RT 2x per week</span></td></tr></table>');
    expect(parts.handelingsdeel?.[0]?.values).toEqual(['RT 2x per week']);
  });

  it('reads a column of a table as one value per row', () => {
    const parts = read('<table><tr><th>Ouder</th><th>Instemming</th></tr><tr><td>A</td><td>ja</td></tr><tr><td>B</td><td>nee</td></tr></table>');
    expect(parts.instemming?.[0]?.values).toEqual(['ja', 'nee']);
  });

  it('reads <dt>/<dd>', () => {
    const parts = read('<dl><dt>Belemmerende factoren</dt><dd>Werkgeheugen.</dd></dl>');
    expect(parts['factoren.belemmerend']?.[0]?.values).toEqual(['Werkgeheugen.']);
  });

  it('reads a heading and the text below it up to the next heading', () => {
    const parts = read('<h2>Hoorrecht</h2><p>Eerste.</p><p>Tweede.</p><h2>Evaluatie</h2><p>1-1-2026</p>');
    expect(parts.hoorrecht?.[0]?.values).toEqual(['Eerste. Tweede.']);
    expect(parts.evaluatie?.[0]?.values).toEqual(['1-1-2026']);
  });

  it('reads "Label:" text followed by its value', () => {
    const parts = read('<p><b>Akkoord ouders:</b> ja, 1-10-2025</p>');
    expect(parts.instemming?.[0]?.values).toEqual(['ja, 1-10-2025']);
  });

  it('reads a contenteditable labelled by aria-labelledby', () => {
    const parts = read('<h3 id="k">Aanpak</h3><div contenteditable="true" aria-labelledby="k"><p>Stappenplan.</p></div>');
    expect(parts.handelingsdeel).toHaveLength(1);
    expect(parts.handelingsdeel?.[0]?.values).toEqual(['Stappenplan.']);
  });

  it('reads a field known only by its name attribute', () => {
    const parts = read('<textarea name="ctl00$Main$txtHoorrecht">Gesprek gevoerd.</textarea>');
    expect(parts.hoorrecht?.[0]?.values).toEqual(['Gesprek gevoerd.']);
  });

  it('reads the chosen radio of a group by its legend', () => {
    const parts = read('<fieldset><legend>Instemming ouders</legend><label><input type="radio" name="c" checked> Ja</label><label><input type="radio" name="c"> Nee</label></fieldset>');
    expect(parts.instemming?.[0]?.values).toEqual(['Ja']);
  });

  it('keeps a sub-part out of the text of the heading above it', () => {
    const parts = read('<h2>Uitstroomprofiel</h2><p>havo</p><h3>Onderbouwing</h3><p>Goede resultaten.</p>');
    expect(parts.uitstroom?.[0]?.values).toEqual(['havo']);
    expect(parts.onderbouwing?.[0]?.values).toEqual(['Goede resultaten.']);
    expect(parts.onderbouwing?.[0]?.weak).toBe(false);
  });

  it('marks a generic word without a confirming section as weak', () => {
    const parts = read('<h2>Verslag</h2><table><tr><td>Onderbouwing</td><td></td></tr></table>');
    expect(parts.onderbouwing?.[0]?.weak).toBe(true);
  });

  it('never takes the text of hidden elements, scripts or its own layer', () => {
    const parts = read('<h2>Hoorrecht</h2><script>var x = 1;</script><p hidden>verborgen</p><div data-opp-wijzer>sidebar</div>');
    expect(parts.hoorrecht?.[0]?.values).toEqual(['']);
  });

  it('reads what the user typed, not the value the page was served with', () => {
    read('<label for="h">Hoorrecht</label><textarea id="h"></textarea>');
    (document.getElementById('h') as HTMLTextAreaElement).value = 'Nu ingevuld.';
    expect(readOpp(document).facts.parts.hoorrecht?.[0]?.values).toEqual(['Nu ingevuld.']);
  });
});

describe('humaniseName', () => {
  it.each([
    ['ctl00$Main$txtUitstroomProfiel', 'uitstroom profiel'],
    ['oppForm:rows:9:hoorrecht', 'hoorrecht'],
    ['belemmerende_factoren', 'belemmerende factoren'],
    ['id3f', ''],
    ['field_17', ''],
  ])('%s → "%s"', (name, words) => expect(humaniseName(name)).toBe(words));
});
