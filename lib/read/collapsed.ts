/**
 * Collapsed sections: an accordion panel, an inactive tab panel, the body of a closed
 * <details>. Their content is in the page, only folded away, so OPP-wijzer reads it like
 * any other (a complete OPP in closed sections is complete). A hidden element counts as a
 * collapsed section only when the page says it opens: a control points at it
 * (aria-controls, an accordion button or a tab), or it is a tab panel. Other hidden content
 * (a dialog's empty template, a stale copy) stays unread, so it can raise no alarm.
 */

/** A dialog, or its template: opened by a button too, but never a section of the page. */
function isDialog(el: Element): boolean {
  return el.tagName === 'DIALOG' || /^(dialog|alertdialog)$/.test(el.getAttribute('role') ?? '') || el.getAttribute('aria-modal') === 'true' || /(^|[-_\s])modal($|[-_\s])/i.test(el.getAttribute('class') ?? '');
}

/** Panels frameworks hide by class until their tab or accordion is chosen. */
const PANEL_CLASS = /(^|\s)(tab-pane|tab-panel|tabpanel|accordion-collapse|panel-collapse)(\s|$)/;

/**
 * Whether `el`, hidden, is a section the page opens on request: a tab panel, or a panel that a
 * tab, an accordion button or a toggle points at. Dialogs are not: their empty templates must
 * raise no alarm.
 */
export function isCollapsedSection(el: Element): boolean {
  if (el.getAttribute('role') === 'tabpanel') return true;
  if (isDialog(el)) return false;
  if (PANEL_CLASS.test(el.getAttribute('class') ?? '')) return true;
  return el.id !== '' && openerById(el, true) !== null;
}

/**
 * The control that opens the section with `el`'s id: an ARIA opener (aria-controls), or,
 * with `toggles`, also a Bootstrap-style tab or collapse toggle (href="#id", data-bs-target,
 * data-target), whose sections a class alone hides.
 */
function openerById(el: Element, toggles: boolean): Element | null {
  const doc = el.ownerDocument;
  // Ids Wicket and most frameworks make need no escaping; others are compared by hand.
  if (/^[A-Za-z][\w-]*$/.test(el.id)) {
    const aria = doc.querySelector(`[aria-controls~="${el.id}"]`);
    return aria ?? (toggles ? doc.querySelector(`a[href="#${el.id}"], [data-bs-target="#${el.id}"], [data-target="#${el.id}"]`) : null);
  }
  for (const c of Array.from(doc.querySelectorAll('[aria-controls]'))) {
    if ((c.getAttribute('aria-controls') ?? '').split(/\s+/).includes(el.id)) return c;
  }
  return null;
}

/**
 * An accordion or tab button, whose text names the section it opens: it says which (aria-controls),
 * or it says it expands (aria-expanded) and its panel follows it (Ant Design's and many other
 * accordions give the header no aria-controls).
 */
export function isSectionOpener(el: Element): boolean {
  if (el.hasAttribute('aria-controls')) return el.hasAttribute('aria-expanded') || el.getAttribute('role') === 'tab';
  // A link to "#id" in a row of tabs, or a toggle that names its target (Bootstrap without ARIA).
  if (linkedPanel(el)) return true;
  return el.hasAttribute('aria-expanded') && el.tagName !== 'A' && panelAfter(el) !== null;
}

/** The panel a tab link ("#id" in a row of tabs) or a Bootstrap toggle (data-bs-target) points at. */
function linkedPanel(el: Element): Element | null {
  const toggle = el.getAttribute('data-bs-toggle') ?? el.getAttribute('data-toggle');
  const ref = el.getAttribute('data-bs-target') ?? el.getAttribute('data-target') ?? (el.tagName === 'A' ? el.getAttribute('href') : null);
  if (!ref || !ref.startsWith('#') || ref.length < 2) return null;
  const inTabs = el.closest('[role=tablist], .nav-tabs, .nav-pills, [class*=tabs i], [class*=tab-row i]') !== null;
  if (!inTabs && !/collapse|tab/i.test(toggle ?? '')) return null;
  const target = el.ownerDocument.getElementById(decodeURIComponent(ref.slice(1)));
  return target && !isDialog(target) && !target.contains(el) ? target : null;
}

/** The panel right after an accordion header (or after the header's wrapper): the element it expands. */
function panelAfter(header: Element): Element | null {
  for (let el: Element | null = header, depth = 0; el && depth < 2; el = el.parentElement, depth++) {
    const next = el.nextElementSibling;
    if (next) return next.tagName === 'BUTTON' || next.getAttribute('aria-expanded') !== null ? null : next;
  }
  return null;
}

/** The sections a section opener opens (its aria-controls targets, or the panel after it). */
export function sectionsOpenedBy(opener: Element): Element[] {
  const byId = (opener.getAttribute('aria-controls') ?? '')
    .split(/\s+/)
    .map((id) => (id ? opener.ownerDocument.getElementById(id) : null))
    .filter((e): e is HTMLElement => e !== null);
  if (byId.length || opener.hasAttribute('aria-controls')) return byId;
  const linked = linkedPanel(opener);
  if (linked) return [linked];
  const next = panelAfter(opener);
  return next ? [next] : [];
}

/**
 * The control that opens the collapsed section around `el`, which the caller found has no
 * box on the page: the accordion button or tab that points at it (also where a class alone
 * hides the section, as Bootstrap's .collapse and .tab-pane do), or the <summary> of its
 * closed <details>. Null when `el` is not in such a section.
 */
export function openerOf(el: Element): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.tagName === 'DETAILS' && !node.hasAttribute('open') && node !== el) return node.querySelector(':scope > summary');
    if (node.id) {
      const opener = openerById(node, true);
      if (opener) return opener;
    }
  }
  return null;
}
