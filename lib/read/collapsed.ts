/**
 * Collapsed sections: an accordion panel, an inactive tab panel, the body of a closed
 * <details>. Their content is in the page, only folded away, so OPP-wijzer reads it like
 * any other (a complete OPP in closed sections is complete). A hidden element counts as a
 * collapsed section only when the page says it opens: a control points at it
 * (aria-controls, an accordion button or a tab), or it is a tab panel. Other hidden content
 * (a dialog's empty template, a stale copy) stays unread, so it can raise no alarm.
 */

/** Whether `el`, hidden, is a section the page opens on request. */
export function isCollapsedSection(el: Element): boolean {
  if (el.getAttribute('role') === 'tabpanel') return true;
  return el.id !== '' && openerById(el) !== null;
}

function openerById(el: Element): Element | null {
  // Ids Wicket and most frameworks make need no escaping; others are compared by hand.
  if (/^[A-Za-z][\w-]*$/.test(el.id)) return el.ownerDocument.querySelector(`[aria-controls~="${el.id}"]`);
  for (const c of Array.from(el.ownerDocument.querySelectorAll('[aria-controls]'))) {
    if ((c.getAttribute('aria-controls') ?? '').split(/\s+/).includes(el.id)) return c;
  }
  return null;
}

/** An accordion or tab button, whose text names the section it opens. */
export function isSectionOpener(el: Element): boolean {
  return el.hasAttribute('aria-controls') && (el.hasAttribute('aria-expanded') || el.getAttribute('role') === 'tab');
}

/** The sections a section opener opens (its aria-controls targets). */
export function sectionsOpenedBy(opener: Element): Element[] {
  return (opener.getAttribute('aria-controls') ?? '')
    .split(/\s+/)
    .map((id) => (id ? opener.ownerDocument.getElementById(id) : null))
    .filter((e): e is HTMLElement => e !== null);
}

/**
 * The control that opens the collapsed section around `el`: the accordion button or tab
 * that points at it, or the <summary> of its closed <details>. Null when `el` is not in one.
 */
export function openerOf(el: Element): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.tagName === 'DETAILS' && !node.hasAttribute('open') && node !== el) return node.querySelector(':scope > summary');
    if (node.id && (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true' || node.getAttribute('role') === 'tabpanel')) {
      const opener = openerById(node);
      if (opener) return opener;
    }
  }
  return null;
}
