/**
 * OPP-wijzer's layer on a page it checks: on an OPP the sidebar (or its folded tab), on the
 * settings page a banner, and markers over the parts that fail or need review; all in one
 * shadow root so neither page styles the other.
 */
import { pageRect, seenThroughFrames } from '../../lib/show/page-rect';
import { render } from 'preact';
import { mountShadowLayer } from '../../lib/show/shadow-layer';
import { composedInside } from '../../lib/show/top-layer';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CollapsedTab } from '../../components/CollapsedTab';
import { Markers, type Marker } from '../../components/Markers';
import { SettingsBanner } from '../../components/SettingsBanner';
import { Sidebar } from '../../components/Sidebar';
import type { PageCheck } from '../../lib/check/core';
import type { Finding } from '../../lib/contract';
import { t, type Lang, type MessageKey } from '../../lib/i18n';
import { guideForRule } from '../../lib/guides/guide-for-rule';
import { isControl } from '../../lib/read/dom-text';
import { openerOf } from '../../lib/read/collapsed';
import { saveButtonRects } from '../../lib/read/save-buttons';
import { place } from '../../lib/show/placement';
import { savePrefs, type UiPrefs } from '../../lib/show/ui-prefs';
import sidebarCss from '../../components/sidebar.css?inline';
import { loadLazy } from '../../lib/lazy/load-lazy';
import type { Pointing } from '../../lib/lazy/point-at';
import { teach, taughtLabels } from '../../lib/taught/taught-client';
import { sameLabel, type TaughtLabel } from '../../lib/taught/taught-format';
import { teachableParts, teachableSettingsParts } from '../../lib/taught/teachable';
import { isSettingsRule } from '../../lib/judge/rule-index';
import type { SettingsPart } from '../../lib/terms/settings-terms';
import type { OppPartKey } from '../../lib/facts/opp-facts';

export interface PageLayer {
  update(check: PageCheck): void;
  /** Jump to a finding's part, as a click in the sidebar does (the popup asks this). */
  select(rule: string): void;
  /** Another view without a page load: what belonged to the view before goes ("Wijs het aan", hints). */
  leave(): void;
  remove(): void;
}

const FLASH_MS = 1900;

export async function mountPageLayer(
  ctx: ContentScriptContext,
  lang: Lang,
  first: PageCheck,
  startGuide: (id: string) => void,
  /** The sidebar's state as stored, asked for early by the caller (lib/show/ui-prefs.ts). */
  storedPrefs: Promise<UiPrefs>,
): Promise<PageLayer> {
  let check = first;
  let prefs = await storedPrefs;
  let flashRule: string | null = null;
  let frame = 0;
  /** "Wijs het aan" in progress: the finding whose label the user points at. */
  let pointing: Finding | null = null;
  /** What the last "Onthouden" did, said in the list until the next pointing starts. */
  let said: string | null = null;
  /** Its drawing, once the module is loaded (it is loaded the first time it is asked for). */
  let pointingUi: Pointing | null = null;
  let taught: TaughtLabel[] = [];
  /** The user opened the sidebar from the tab it was folded to for lack of room: it stays open. */
  let openedAnyway = false;

  /**
   * A modal dialog the page opened (lib/show/top-layer.ts): the layer moves into it, marks only
   * what is in it, and shows no sidebar: the rest of the page is inert behind its backdrop.
   */
  let modal: HTMLDialogElement | null = null;
  const ui = mountShadowLayer(ctx, 'opp-wijzer-layer', sidebarCss, (now) => {
    modal = now;
    queueMicrotask(draw);
  });
  const pointRoot = document.createElement('div');
  ui.shadow.append(pointRoot);

  /** A section button's name, without its icons. */
  const sectionName = (opener: Element) => (opener.textContent ?? '').replace(/[^\p{L}\p{N}\s'’-]/gu, '').replace(/\s+/g, ' ').trim();

  /** Where a finding is on the page: the fields at fault when it names them, else its first field. */
  const anchorsOf = (f: Finding): Element[] => {
    const trouble = f.evidence.filter((e) => e.trouble);
    const wheres = (trouble.length ? trouble : f.evidence.slice(0, 1)).map((e) => e.where);
    return wheres.map((w) => check.anchors.get(w)).filter((el): el is Element => !!el?.isConnected);
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
  const placeOf = (f: Finding) => placesOf(f)[0] ?? null;
  const placeAt = (el: Element): { el: Element; rect: DOMRect; opener: Element | null } | null => {
    const rect = boxOf(el);
    if (rect) return { el, rect, opener: null };
    const opener = openerOf(el);
    const openerRect = opener ? boxOf(opener) : null;
    return opener && openerRect ? { el: opener, rect: openerRect, opener } : null;
  };

  const markers = (): Marker[] =>
    check.report.findings.flatMap((f) => {
      if (f.status !== 'fail' && f.status !== 'review') return [];
      const label = t(lang, `marker.${f.status}` as MessageKey, { onderdeel: t(lang, `rule.${f.rule}` as MessageKey) });
      // One section button for several fields in it is one marker; while a modal dialog is open, only its fields.
      const places = placesOf(f).filter((p, i, all) => all.findIndex((q) => q.el === p.el) === i && (!modal || composedInside(modal, p.el)));
      return places.map(({ rect }, i) => ({ key: `${f.rule}:${i}`, rule: f.rule, status: f.status, label, top: rect.top, left: rect.left, width: rect.width, height: rect.height, flash: flashRule === f.rule }));
    });

  /** Per finding, what the sidebar says after a click: "Open ‘…’ om het te zien". */
  const hints = new Map<string, string>();

  const select = (f: Finding) => {
    const at = placeOf(f);
    if (!at) return;
    at.el.scrollIntoView({ block: 'center' });
    if (at.opener) {
      // OPP-wijzer never opens the host's section itself: it points at the button that does.
      hints.set(f.rule, t(lang, 'sidebar.open-section', { sectie: sectionName(at.opener) }));
      if (at.opener instanceof HTMLElement) at.opener.focus({ preventScroll: true });
    } else {
      hints.delete(f.rule);
      const target = isControl(at.el) ? at.el : at.el.querySelector('textarea, input, select, [contenteditable]');
      if (target instanceof HTMLElement) target.focus({ preventScroll: true });
    }
    flashRule = f.rule;
    draw();
    setTimeout(() => {
      if (flashRule === f.rule) flashRule = null;
      draw();
    }, FLASH_MS);
  };

  const setPrefs = (next: UiPrefs) => {
    prefs = next;
    void savePrefs(prefs);
    draw();
  };

  const startPointing = (f: Finding) => {
    said = null;
    pointing = f;
    pointingUi?.close();
    pointingUi = null;
    void taughtLabels().then((loaded) => {
      taught = loaded.kind === 'ok' ? loaded.labels : [];
    }, () => undefined);
    void loadLazy('point-at')
      .then((module) => module.startPointing(pointRoot, lang))
      .then(
        (session) => {
          if (pointing !== f) return session.close();
          pointingUi = session;
          draw();
        },
        () => {
          pointing = null;
          draw();
        },
      );
    draw();
  };
  const stopPointing = () => {
    const rule = pointing?.rule;
    pointing = null;
    pointingUi?.close();
    pointingUi = null;
    draw();
    // Back where the user started: the finding's "Wijs het aan" button in the sidebar (one
    // selector list would pick the title first, in document order: a plain text of a part not found).
    requestAnimationFrame(() => (ui.shadow.querySelector<HTMLElement>(`[data-rule="${rule}"] .finding__point`) ?? ui.shadow.querySelector<HTMLElement>(`[data-rule="${rule}"] .finding__title`))?.focus());
  };
  const focusTitle = () => ui.shadow.querySelector<HTMLElement>('.sidebar__title, .tab button')?.focus();

  function draw() {
    const shown = markers();
    const placement = place(prefs.side, { width: innerWidth, height: innerHeight }, saveButtonRects(document), shown);
    // Folded because it would hide a field, the user may still open it: then it stays open.
    const open = prefs.open && (!placement.collapsed || openedAnyway);
    render(
      <>
        <Markers markers={shown} />
        {modal ? null : check.report.page === 'settings' ? (
          <SettingsBanner
            report={check.report}
            lang={lang}
            side={placement.side}
            guideFor={(f) => guideForRule(f.rule)}
            onShowHow={startGuide}
            pointable={(f) => teachableSettingsParts(f) !== null}
            onPoint={startPointing}
            said={said}
          />
        ) : open ? (
          <Sidebar
            report={check.report}
            readable={check.readable}
            lang={lang}
            side={placement.side}
            locatable={(f) => anchorsOf(f).length > 0}
            hintOf={(f) => hints.get(f.rule)}
            onSelect={select}
            pointable={(f) => teachableParts(f, anchorsOf(f).length > 0) !== null}
            onPoint={startPointing}
            onCollapse={() => setPrefs({ ...prefs, open: false })}
            onSwitchSide={() => setPrefs({ ...prefs, side: prefs.side === 'right' ? 'left' : 'right' })}
            said={said}
          />
        ) : (
          <CollapsedTab
            report={check.report}
            lang={lang}
            side={placement.side}
            onOpen={() => {
              if (placement.collapsed) openedAnyway = true;
              setPrefs({ ...prefs, open: true });
            }}
          />
        )}
      </>,
      ui.uiContainer,
    );
    if (pointing && pointingUi) drawPointing(pointing, pointingUi);
  }

  function drawPointing(finding: Finding, session: Pointing) {
    const settings = isSettingsRule(finding.rule);
    session.draw(
      {
        parts: (settings ? teachableSettingsParts(finding) : teachableParts(finding, false)) ?? [],
        partName: (part) => t(lang, `part.${settings ? 'settings.' : ''}${part}` as MessageKey),
        pupilName: check.pupil?.name ?? null,
        meaningOf: (label) => taught.find((l) => l.dictionary === (settings ? 'settings' : 'opp') && sameLabel(l.label, label))?.part ?? null,
        onTeach: (part, label) =>
          teach(settings ? { dictionary: 'settings', part: part as SettingsPart, label } : { dictionary: 'opp', part: part as OppPartKey, label }).then(
            (ok) => {
              // Said in the list the user returns to; the check runs again on the new label.
              if (ok) said = t(lang, 'point.saved', { onderdeel: t(lang, `part.${settings ? 'settings.' : ''}${part}` as MessageKey) });
              return ok;
            },
            () => false,
          ),
        onClose: stopPointing,
      },
      finding.rule,
    );
  }

  // Markers follow the parts when the page scrolls or resizes (also inner scroll areas).
  const redrawSoon = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(draw);
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
    later = setTimeout(draw, 30);
  };
  const sections = new MutationObserver(redrawLater);
  sections.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['hidden', 'aria-expanded', 'aria-hidden', 'open', 'class', 'style'] });
  ctx.signal.addEventListener('abort', () => sections.disconnect());
  document.addEventListener('toggle', redrawLater, { capture: true, signal: ctx.signal });
  // Alt+Shift+O opens and closes OPP-wijzer from anywhere on the page.
  document.addEventListener(
    'keydown',
    (e) => {
      if (!(e.altKey && e.shiftKey && e.code === 'KeyO')) return;
      e.preventDefault();
      setPrefs({ ...prefs, open: !prefs.open });
      if (prefs.open) requestAnimationFrame(focusTitle);
    },
    { capture: true, signal: ctx.signal },
  );

  draw();
  return {
    update(next) {
      check = next;
      draw();
    },
    select(rule) {
      const finding = check.report.findings.find((f) => f.rule === rule);
      if (finding) select(finding);
    },
    leave() {
      hints.clear();
      flashRule = null;
      if (pointing) stopPointing();
      else draw();
    },
    remove() {
      ui.remove();
    },
  };
}
