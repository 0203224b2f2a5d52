/**
 * The host page's own save buttons, found by what they say (Topdossier's markup is unknown),
 * so OPP-wijzer's layer never covers them.
 */
const SAVE_WORDS = /^(opslaan|bewaren|versturen|verzenden|indienen|vaststellen|ter instemming (aan|naar) ouders|save|submit|send)\b/i;

export function saveButtonRects(doc: Document): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const el of Array.from(doc.querySelectorAll('button, input[type=submit], input[type=button], a[role=button], [role=button]'))) {
    if (el.closest('[data-opp-wijzer]')) continue;
    const text = (el instanceof HTMLInputElement ? el.value : el.textContent ?? '').trim() || el.getAttribute('aria-label') || '';
    if (!SAVE_WORDS.test(text)) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0) rects.push(rect);
  }
  return rects;
}
