// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { findTarget, guidePage, matchScore } from './guide-target';
import { holds } from '../guides/conditions';

function page(html: string) {
  document.body.innerHTML = html;
}
const url = 'https://wijs.parnassys.net/bao/leerling';
beforeEach(() => page(''));

describe('matchScore', () => {
  it('prefers the same words, then the start, then whole words inside', () => {
    expect(matchScore('Opslaan', 'opslaan')).toBe(3);
    expect(matchScore('Opslaan en sluiten', 'Opslaan')).toBe(2);
    expect(matchScore('Nu onderwijsarrangement toevoegen', 'Onderwijsarrangement toevoegen')).toBe(1);
    expect(matchScore('Onderwijsarrangementen', 'Onderwijs')).toBe(0);
  });
});

describe('findTarget', () => {
  it('finds a link by its visible text, ignoring case and accents', () => {
    page('<nav><a href="/x">Leerlingkaart</a><a href="/y">ONDERWIJS</a></nav>');
    expect(findTarget(document, { texts: ['Onderwijs'], kind: 'tab' }, url)?.textContent).toBe('ONDERWIJS');
  });

  it('finds no field in a dialog that is not open yet, and finds it once the dialog opens', () => {
    page('<button>Onderwijsarrangement toevoegen</button><dialog><label for="b">Begindatum</label><input id="b"></dialog>');
    expect(findTarget(document, { texts: ['Begindatum'], kind: 'field' }, url)).toBeNull();
    document.querySelector('dialog')!.setAttribute('open', '');
    expect(findTarget(document, { texts: ['Begindatum'], kind: 'field' }, url)?.id).toBe('b');
  });

  it('tries the alternatives in order', () => {
    page('<a href="/a">Bestanden</a><a href="/b">Documenten</a>');
    expect(findTarget(document, { texts: ['Documenten', 'Bestanden'], kind: 'link' }, url)?.textContent).toBe('Documenten');
  });

  it("finds a link by its title when its text says something else (the user's name)", () => {
    page('<a href="/profiel" title="Mijn profiel">J. de Boer</a>');
    expect(findTarget(document, { texts: ['Mijn profiel'], kind: 'any' }, url)?.getAttribute('href')).toBe('/profiel');
  });

  it('finds a button by its text', () => {
    page('<p><button type="submit">Opslaan</button></p>');
    expect(findTarget(document, { texts: ['Opslaan'], kind: 'button' }, url)?.tagName).toBe('BUTTON');
  });

  it('finds a button by aria-label or title, and an input button by its value', () => {
    page('<button aria-label="Opslaan"><svg></svg></button>');
    expect(findTarget(document, { texts: ['Opslaan'], kind: 'button' }, url)?.tagName).toBe('BUTTON');
    page('<input type="submit" value="Opslaan">');
    expect(findTarget(document, { texts: ['Opslaan'], kind: 'button' }, url)?.tagName).toBe('INPUT');
  });

  it('finds a field by its label, and a radio group as a whole', () => {
    page('<label for="d">Begindatum *</label><input id="d">');
    expect(findTarget(document, { texts: ['Begindatum'], kind: 'field' }, url)?.id).toBe('d');
    page('<fieldset id="g"><legend>2FA</legend><label><input type="radio" name="x"> Ja</label><label><input type="radio" name="x"> Nee</label></fieldset>');
    expect(findTarget(document, { texts: ['2FA'], kind: 'field' }, url)?.id).toBe('g');
  });

  it('points at the link around a matched text', () => {
    page('<a href="/p"><span>Passend onderwijs</span></a>');
    expect(findTarget(document, { texts: ['Passend onderwijs'], kind: 'any' }, url)?.tagName).toBe('A');
  });

  it('never points at hidden elements or at OPP-wijzer itself', () => {
    page('<a href="/x" hidden>Instellingen</a><div data-opp-wijzer><button>Instellingen</button></div>');
    expect(findTarget(document, { texts: ['Instellingen'], kind: 'any' }, url)).toBeNull();
  });

  it('looks only on pages the step names', () => {
    page('<a href="/x">PDF</a>');
    expect(findTarget(document, { texts: ['PDF'], kind: 'any', url: 'topdossier\\.nl' }, url)).toBeNull();
    expect(findTarget(document, { texts: ['PDF'], kind: 'any', url: 'topdossier\\.nl' }, 'https://a.topdossier.nl/opp')).not.toBeNull();
  });

  it('does not take a longer word for a shorter one', () => {
    page('<a href="/x">Onderwijsarrangementen</a>');
    expect(findTarget(document, { texts: ['Onderwijs'], kind: 'tab' }, url)).toBeNull();
  });
});

describe('conditions', () => {
  const env = () => ({ page: guidePage(document, url) });
  it('reads a select, a radio group, a checkbox and a switch', () => {
    const field = (texts: string[]) => ({ texts, kind: 'field' as const });
    page(`<label for="s">2FA</label><select id="s"><option>Nee</option><option selected>Ja</option></select>
      <fieldset><legend>Bewaartermijnen</legend><label><input type="radio" name="b" checked> Automatisch</label><label><input type="radio" name="b"> Handmatig</label></fieldset>
      <label><input type="checkbox" id="c" checked> Onderwijsarrangement peildatum (ingangsdatum)</label>
      <span id="t">Tweestapsverificatie</span><div role="switch" aria-checked="false" aria-labelledby="t"></div>`);
    expect(holds({ kind: 'value', target: field(['2FA']), oneOf: ['ja'] }, env())).toBe(true);
    expect(holds({ kind: 'value', target: field(['Bewaartermijnen']), oneOf: ['automatisch'] }, env())).toBe(true);
    expect(holds({ kind: 'value', target: field(['Onderwijsarrangement peildatum']), oneOf: ['ja'] }, env())).toBe(true);
    expect(holds({ kind: 'value', target: field(['Tweestapsverificatie']), oneOf: ['ja'] }, env())).toBe(false);
  });
  it('accepts only a real date where a date is asked', () => {
    page('<label for="d">Begindatum</label><input id="d" value="31-02-2026">');
    expect(holds({ kind: 'value', target: { texts: ['Begindatum'], kind: 'field' }, date: true }, env())).toBe(false);
    (document.getElementById('d') as HTMLInputElement).value = '01-09-2026';
    expect(holds({ kind: 'value', target: { texts: ['Begindatum'], kind: 'field' }, date: true }, env())).toBe(true);
  });
  it('knows a save only when one happened on this step', () => {
    expect(holds({ kind: 'saved' }, env())).toBe(false);
    expect(holds({ kind: 'saved' }, { ...env(), acted: 'saved' })).toBe(true);
    // A save is not the click a step waits for (an export after saving).
    expect(holds({ kind: 'clicked' }, { ...env(), acted: 'saved' })).toBe(false);
  });
});
