// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composedInside, escapeIsThePages } from './modals';

describe('composedInside: is a field in the modal dialog a layer moved into?', () => {
  it('follows an element out of the shadow roots it is in, up to the dialog', () => {
    document.body.innerHTML = '<dialog open><opp-part></opp-part></dialog><p id="buiten"></p>';
    const dialog = document.querySelector('dialog')!;
    const inner = document.querySelector('opp-part')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<label>Hoorrecht <textarea></textarea></label>';
    expect(composedInside(dialog, inner.querySelector('textarea')!)).toBe(true);
    expect(composedInside(dialog, document.getElementById('buiten')!)).toBe(false);
  });
  it('an element taken out of the page is in no dialog', () => {
    document.body.innerHTML = '<dialog open><textarea></textarea></dialog>';
    const field = document.querySelector('textarea')!;
    field.remove();
    expect(composedInside(document.querySelector('dialog')!, field)).toBe(false);
  });
});

describe('escapeIsThePages: does Escape close something of the page, rather than stop a guide?', () => {
  it("is the page's in its dialog, menu or open list; a guide's Escape on a plain field or an open accordion", () => {
    document.body.innerHTML = `
      <div role="dialog" aria-modal="true"><input id="in-dialog"></div>
      <ul role="listbox"><li id="option" role="option">Ja</li></ul>
      <button id="menu" aria-haspopup="menu" aria-expanded="true">Acties</button>
      <button id="accordion" aria-expanded="true">Instellingen</button>
      <input id="plain">
      <dialog open><opp-wijzer-guide data-opp-wijzer id="callout"></opp-wijzer-guide></dialog>
      <select id="select"><option>Ja</option></select>`;
    const at = (id: string) => document.getElementById(id);
    expect(escapeIsThePages(at('in-dialog'))).toBe(true);
    expect(escapeIsThePages(at('option'))).toBe(true);
    expect(escapeIsThePages(at('menu'))).toBe(true);
    expect(escapeIsThePages(at('accordion'))).toBe(false);
    expect(escapeIsThePages(at('plain'))).toBe(false);
    expect(escapeIsThePages(document.body)).toBe(false);
    // Our own callout, moved into the page's dialog: Escape there stops the guide.
    expect(escapeIsThePages(at('callout'))).toBe(false);
    expect(escapeIsThePages(at('select'))).toBe(false);
  });
});
