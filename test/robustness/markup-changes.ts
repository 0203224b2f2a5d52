/**
 * Incidental markup changes, as another release or theme of an app would make them: new
 * class names and ids, extra wrapper elements, reordered sibling parts. None changes what a
 * page says, so none may change what OPP-wijzer reads.
 */
import fc from 'fast-check';

export type Change = { kind: 'rename' | 'wrap' | 'shuffle'; seed: number };
export const change: fc.Arbitrary<Change> = fc.record({ kind: fc.constantFrom('rename', 'wrap', 'shuffle'), seed: fc.nat() });

export function apply(doc: Document, c: Change): void {
  const all = Array.from(doc.body.querySelectorAll('*'));
  const pick = <T,>(list: T[], n: number) => list[n % list.length];
  if (c.kind === 'rename') {
    // New class names everywhere; ids renamed together with the labels that point at them.
    const ids = new Map<string, string>();
    for (const el of all) {
      if (el.hasAttribute('class')) el.setAttribute('class', `c${c.seed % 97}-${Math.abs(el.className.length * 31) % 1000}`);
      if (el.id) ids.set(el.id, `id${c.seed % 1000}${ids.size}`);
    }
    for (const el of all) {
      if (el.id && ids.has(el.id)) el.id = ids.get(el.id)!;
      const forId = el.getAttribute('for');
      if (forId && ids.has(forId)) el.setAttribute('for', ids.get(forId)!);
      const by = el.getAttribute('aria-labelledby');
      if (by) el.setAttribute('aria-labelledby', by.split(' ').map((id) => ids.get(id) ?? id).join(' '));
    }
  } else if (c.kind === 'wrap') {
    // Extra wrappers, as frameworks add them: around a random element, a few times.
    for (let i = 0; i < 4; i++) {
      const el = pick(all.filter((e) => !/^(TR|TD|TH|TBODY|THEAD|OPTION|LI|DT|DD|LEGEND|HTML|BODY)$/.test(e.tagName)), c.seed + i * 7);
      if (!el?.parentElement) continue;
      const wrapper = doc.createElement(i % 2 ? 'span' : 'div');
      el.replaceWith(wrapper);
      wrapper.append(el);
    }
  } else {
    // Reorder sibling parts: table rows, sections, form rows.
    for (const parent of Array.from(doc.body.querySelectorAll('tbody, form, main, section'))) {
      const kids = Array.from(parent.children).filter((k) => /^(TR|SECTION|DIV|FIELDSET)$/.test(k.tagName));
      if (kids.length < 2) continue;
      const order = kids.map((k, i) => ({ k, r: (i * 7919 + c.seed) % 104729 })).sort((a, b) => a.r - b.r);
      for (const { k } of order) parent.append(k);
    }
  }
}

