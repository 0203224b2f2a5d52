/**
 * Where a check's findings show on the page, and the markers over the parts that fail or need
 * review; they follow the page when it scrolls, resizes, or opens and closes a section.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Marker } from '../../components/Markers';
import type { PageCheck } from '../check/core';
import type { Finding } from '../contract';
import { t, type Lang, type MessageKey } from '../i18n';
import { openerOf } from '../read/collapsed';
import { pageRect, seenThroughFrames } from './page-rect';
import { composedInside } from './top-layer';

/** A finding's place: its part, or the button that opens the closed section it is in (`opener`). */
export interface Place {
  el: Element;
  rect: DOMRect;
  opener: Element | null;
}

export interface FindingPlaces {
  /** Where a finding is on the page: the fields at fault when it names them, else its first field. */
  anchorsOf(f: Finding): Element[];
  placeOf(f: Finding): Place | null;
  /** The markers of the findings that fail or need review; while a modal dialog is open, only those in it. */
  markers(lang: Lang, flashRule: string | null, modal: HTMLDialogElement | null): Marker[];
}

/** `redraw`: the markers moved (the page scrolled, resized, or opened a section). */
export function findingPlaces(ctx: ContentScriptContext, check: () => PageCheck, redraw: () => void): FindingPlaces {
  const anchorsOf = (f: Finding): Element[] => {
    const trouble = f.evidence.filter((e) => e.trouble);
    const wheres = (trouble.length ? trouble : f.evidence.slice(0, 1)).map((e) => e.where);
    return wheres.map((w) => check().anchors.get(w)).filter((el): el is Element => !!el?.isConnected);
  };

  const boxOf = (el: Element) => {
    followFrame(el.ownerDocument);
    const rect = pageRect(el);
    return (rect.width > 0 || rect.height > 0) && seenThroughFrames(el, rect) ? rect : null;
  };

  /**
   * Where a finding shows on the page: its part, or, when the part is in a closed section
   * (an accordion panel, a tab, <details>), the button that opens that section.
   */
  const placesOf = (f: Finding) => anchorsOf(f).map(placeAt).filter((p) => p !== null);
  const placeAt = (el: Element): Place | null => {
    const rect = boxOf(el);
    if (rect) return { el, rect, opener: null };
    const opener = openerOf(el);
    const openerRect = opener ? boxOf(opener) : null;
    return opener && openerRect ? { el: opener, rect: openerRect, opener } : null;
  };

  // Markers follow the parts when the page scrolls or resizes (also inner scroll areas).
  let frame = 0;
  const redrawSoon = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(redraw);
  };
  addEventListener('scroll', redrawSoon, { capture: true, passive: true, signal: ctx.signal });
  addEventListener('resize', redrawSoon, { signal: ctx.signal });
  /** A same-origin frame a marked part is in scrolls on its own: its markers follow it too. */
  const followed = new WeakSet<Document>();
  function followFrame(doc: Document) {
    if (doc === document || followed.has(doc)) return;
    followed.add(doc);
    doc.addEventListener('scroll', redrawSoon, { capture: true, passive: true, signal: ctx.signal });
  }
  // Opening or closing a section moves the parts: the markers follow (nothing is read again).
  let later: ReturnType<typeof setTimeout> | undefined;
  const redrawLater = () => {
    clearTimeout(later);
    later = setTimeout(redraw, 30);
  };
  const sections = new MutationObserver(redrawLater);
  sections.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['hidden', 'aria-expanded', 'aria-hidden', 'open', 'class', 'style'] });
  ctx.signal.addEventListener('abort', () => sections.disconnect());
  document.addEventListener('toggle', redrawLater, { capture: true, signal: ctx.signal });

  return {
    anchorsOf,
    placeOf: (f) => placesOf(f)[0] ?? null,
    markers: (lang, flashRule, modal) =>
      check().report.findings.flatMap((f) => {
        if (f.status !== 'fail' && f.status !== 'review') return [];
        const label = t(lang, `marker.${f.status}` as MessageKey, { onderdeel: t(lang, `rule.${f.rule}` as MessageKey) });
        // One section button for several fields in it is one marker; while a modal dialog is open, only its fields.
        const places = placesOf(f).filter((p, i, all) => all.findIndex((q) => q.el === p.el) === i && (!modal || composedInside(modal, p.el)));
        return places.map(({ rect }, i) => ({ key: `${f.rule}:${i}`, rule: f.rule, status: f.status, label, top: rect.top, left: rect.left, width: rect.width, height: rect.height, flash: flashRule === f.rule }));
      }),
  };
}
