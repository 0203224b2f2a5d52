// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composedInside } from './modals';

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
