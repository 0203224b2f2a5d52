/**
 * Where a check's findings show on the page (asked of the page session, lib/read/page-session.ts),
 * and the markers over the parts that fail or need review; they follow the page when it
 * scrolls, resizes, or opens and closes a section.
 */
import type { Marker } from '../../components/Markers';
import type { PageCheck } from '../check/core';
import type { Finding } from '../contract';
import { t, type Lang, type MessageKey } from '../i18n';
import { pageLayout, type PageLayout, type Place } from '../read/page-layout';
import type { PageSession } from '../read/page-session';

export interface FindingPlaces {
  /** The page's layout, as the page layer asks it (lib/read/page-layout.ts). */
  layout: PageLayout;
  /** Where a finding is on the page: the fields at fault when it names them, else its first field. */
  anchorsOf(f: Finding): Element[];
  placeOf(f: Finding): Place | null;
  /** The markers of the findings that fail or need review; while a modal dialog is open, only those in it. */
  markers(lang: Lang, flashRule: string | null, modal: HTMLDialogElement | null): Marker[];
}

/** `redraw`: the markers moved (the page scrolled, resized, or opened a section). */
export function findingPlaces(page: PageSession, signal: AbortSignal, check: () => PageCheck, redraw: () => void): FindingPlaces {
  const layout = pageLayout(page);
  const anchorsOf = (f: Finding): Element[] => {
    const trouble = f.evidence.filter((e) => e.trouble);
    const wheres = (trouble.length ? trouble : f.evidence.slice(0, 1)).map((e) => e.where);
    return wheres.map((w) => check().anchors.get(w)).filter((el): el is Element => !!el?.isConnected);
  };

  /**
   * Where a finding shows on the page: its part, or, when the part is in a closed section
   * (an accordion panel, a tab, <details>), the button that opens that section.
   */
  const placesOf = (f: Finding) => anchorsOf(f).map((el) => layout.placeOf(el)).filter((p) => p !== null);

  // Markers follow the parts when the page scrolls or resizes (also inner scroll areas and frames).
  page.onMove(redraw, signal);
  // Opening or closing a section moves the parts: the markers follow (nothing is read again).
  layout.onSectionsChange(redraw, signal);

  return {
    layout,
    anchorsOf,
    placeOf: (f) => placesOf(f)[0] ?? null,
    markers: (lang, flashRule, modal) =>
      check().report.findings.flatMap((f) => {
        if (f.status !== 'fail' && f.status !== 'review') return [];
        const label = t(lang, `marker.${f.status}` as MessageKey, { onderdeel: t(lang, `rule.${f.rule}` as MessageKey) });
        // One section button for several fields in it is one marker; while a modal dialog is open, only its fields.
        const places = placesOf(f).filter((p, i, all) => all.findIndex((q) => q.el === p.el) === i && (!modal || layout.isInside(modal, p.el)));
        return places.map(({ rect }, i) => ({ key: `${f.rule}:${i}`, rule: f.rule, status: f.status, label, top: rect.top, left: rect.left, width: rect.width, height: rect.height, flash: flashRule === f.rule }));
      }),
  };
}
