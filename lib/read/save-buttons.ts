/**
 * The host page's own save buttons, found by what they say (Topdossier's markup is unknown):
 * OPP-wijzer's layer never covers them, and a guide knows a click on one is a save.
 */
const SAVE_WORDS = /^(opslaan|bewaren|versturen|verzenden|indienen|vaststellen|save|submit|send)\b/i;
const CLICKABLE = 'button, input[type=submit], input[type=button], a[role=button], [role=button]';

export function isSaveControl(el: Element): boolean {
  const text = (el instanceof HTMLInputElement ? el.value : el.textContent ?? '').trim() || el.getAttribute('aria-label') || '';
  return SAVE_WORDS.test(text);
}

/** The clickable element a click landed in, if it is a save button. */
export function saveControlAt(target: Element): Element | null {
  const el = target.closest(CLICKABLE);
  return el && !el.closest('[data-opp-wijzer]') && isSaveControl(el) ? el : null;
}

export function saveButtonRects(doc: Document): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const el of Array.from(doc.querySelectorAll(CLICKABLE))) {
    if (el.closest('[data-opp-wijzer]') || !isSaveControl(el)) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0) rects.push(rect);
  }
  return rects;
}
