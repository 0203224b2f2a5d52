import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { buildOutline } from './outline';

function outlineOf(body: string) {
  const doc = new JSDOM(`<!DOCTYPE html><body>${body}</body>`).window.document;
  const outline = buildOutline(doc.body);
  /** The names around the element with `id`, innermost first. */
  const names = (id: string) => outline.sectionsOf(doc.getElementById(id)!).map((s) => s.name);
  const hidden = (name: string) => outline.sections.find((s) => s.name === name)?.hidden;
  return { doc, outline, names, hidden };
}

describe('the page outline', () => {
  it('names a card by its title, and a run of siblings by its heading, each up to the next heading of its level', () => {
    const { names } = outlineOf(`
      <h1>Noor van Dijk</h1>
      <div class="card"><div class="card-header"><h3>Passend onderwijs</h3></div><div class="card-body"><span id="a">01-10-2026</span></div></div>
      <h2>Schoolloopbaan</h2><p>Groep 5</p><table><tr><td id="b">01-08-2025</td></tr></table>
      <h3>Details</h3><p id="c">x</p>
      <h2>Absentie</h2><p id="d">3-11-2026</p>`);
    expect(names('a')).toEqual(['Passend onderwijs', 'Noor van Dijk']);
    expect(names('b')).toEqual(['Schoolloopbaan', 'Noor van Dijk']);
    expect(names('c')).toEqual(['Details', 'Schoolloopbaan', 'Noor van Dijk']);
    expect(names('d')).toEqual(['Absentie', 'Noor van Dijk']);
  });

  it('does not let a first heading name a box that holds a second heading of its level', () => {
    const { names } = outlineOf(`<div><h2>Passend onderwijs</h2><p id="a">a</p><h2>Schoolloopbaan</h2><p id="b">b</p></div>`);
    expect(names('a')).toEqual(['Passend onderwijs']);
    expect(names('b')).toEqual(['Schoolloopbaan']);
  });

  it('names fieldsets, tables, details and aria regions by their legend, caption, summary and label', () => {
    const { names } = outlineOf(`
      <fieldset><legend>Onderwijsarrangement toevoegen</legend><input id="a"></fieldset>
      <table><caption>Inschrijving</caption><tr><td id="b">x</td></tr></table>
      <details><summary>Notities</summary><p id="c">x</p></details>
      <span id="lbl">Absentie</span><div role="region" aria-labelledby="lbl"><p id="d">x</p></div>
      <section aria-label="Onderwijsarrangementen"><p id="e">x</p></section>`);
    expect(names('a')).toEqual(['Onderwijsarrangement toevoegen']);
    expect(names('b')).toEqual(['Inschrijving']);
    expect(names('c')).toEqual(['Notities']);
    expect(names('d')).toEqual(['Absentie']);
    expect(names('e')).toEqual(['Onderwijsarrangementen']);
  });

  it('names a tab panel by its tab, also while it is hidden, and says it is hidden', () => {
    const { names, hidden } = outlineOf(`
      <div role="tablist"><button role="tab" aria-selected="true" aria-controls="p1">Schoolloopbaan</button><button role="tab" aria-selected="false" aria-controls="p2">Passend onderwijs <span>(1)</span></button></div>
      <div role="tabpanel" id="p1"><p id="a">x</p></div>
      <div role="tabpanel" id="p2" hidden><p id="b">x</p></div>`);
    expect(names('a')).toEqual(['Schoolloopbaan']);
    expect(names('b')).toEqual(['Passend onderwijs']);
    expect(hidden('Passend onderwijs')).toBe(true);
    expect(hidden('Schoolloopbaan')).toBe(false);
  });

  it('names Bootstrap tab panes by their links, and a Wicket tab row\'s panel by its selected tab', () => {
    const { names, hidden } = outlineOf(`
      <ul class="nav nav-tabs"><li><a class="nav-link active" href="#t1">Absentie</a></li><li><a class="nav-link" href="#t2">Passend onderwijs</a></li></ul>
      <div class="tab-content"><div class="tab-pane active" id="t1"><p id="a">x</p></div><div class="tab-pane" id="t2"><p id="b">x</p></div></div>
      <div class="tabpanel"><div class="tab-row"><ul><li class="first"><a href="x"><span>Inschrijving</span></a></li><li class="selected last"><a href="y"><span>Passend onderwijs</span></a></li></ul></div>
      <div class="tab-panel"><p id="c">x</p></div></div>`);
    expect(names('a')).toEqual(['Absentie']);
    expect(names('b')).toEqual(['Passend onderwijs']);
    expect(hidden('Passend onderwijs')).toBe(true);
    expect(names('c')).toEqual(['Passend onderwijs']);
  });

  it('names a box by a title class, whatever the framework calls the box', () => {
    const { names } = outlineOf(`
      <div class="p-panel"><div class="p-panel-header"><span class="p-panel-title">Leerlingnotities</span><button>+</button></div><div class="p-panel-content"><p id="a">x</p></div></div>
      <div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-wrapper"><div class="ant-card-head-title">Passend onderwijs</div></div></div><div class="ant-card-body"><p id="b">x</p></div></div>`);
    expect(names('a')).toEqual(['Leerlingnotities']);
    expect(names('b')).toEqual(['Passend onderwijs']);
  });

  it('leaves a modal dialog opened by a button out of the sections a tab names', () => {
    const { outline } = outlineOf(`<button data-bs-toggle="modal" data-bs-target="#m" aria-expanded="false">Onderwijsarrangement toevoegen</button><div class="modal" id="m"><input></div>`);
    expect(outline.sections.map((s) => s.name)).not.toContain('Onderwijsarrangement toevoegen');
  });

  it('leaves OPP-wijzer\'s own layer out', () => {
    const { outline } = outlineOf(`<div data-opp-wijzer><h2>Ontbreekt</h2><p>x</p></div>`);
    expect(outline.sections).toEqual([]);
  });
});
