/**
 * OPP-wijzer's layer on a page it checks: on an OPP the sidebar (or its folded tab), on the
 * settings page a banner, and markers over the parts that fail or need review; all in one
 * shadow root so neither page styles the other.
 */
import { render } from 'preact';
import { mountShadowLayer } from './shadow-layer';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CollapsedTab } from '../../components/CollapsedTab';
import { Markers } from '../../components/Markers';
import { SettingsBanner } from '../../components/SettingsBanner';
import { Sidebar } from '../../components/Sidebar';
import type { PageCheck } from '../check/core';
import type { Finding } from '../contract';
import { t, type Lang, type MessageKey } from '../i18n';
import { guideForRule } from '../guides/guide-for-rule';
import type { PageSession } from '../read/page-session';
import { freeSpan, place } from './placement';
import { createDock } from './dock';
import { pageFrame } from '../read/page-frame';
import { savePrefs, type UiPrefs } from './ui-prefs';
import sidebarCss from '../../components/sidebar.css?inline';
import { teach } from '../taught/taught-client';
import { teachableParts, teachableSettingsParts } from '../taught/teachable';
import { isSettingsRule } from '../judge/rule-index';
import type { SettingsPart } from '../terms/settings-terms';
import type { OppPartKey } from '../facts/opp-facts';
import { findingPlaces } from './markers';
import { pointingController } from './pointing';

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
  page: PageSession,
  lang: Lang,
  first: PageCheck,
  startGuide: (id: string) => void,
  /** The sidebar's state as stored, asked for early by the caller (lib/show/ui-prefs.ts). */
  storedPrefs: Promise<UiPrefs>,
): Promise<PageLayer> {
  let check = first;
  let prefs = await storedPrefs;
  let flashRule: string | null = null;
  /** What the last "Onthouden" did, said in the list until the next pointing starts. */
  let said: string | null = null;
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
  // While the sidebar is open the page narrows beside it (lib/show/dock.ts).
  const frame = pageFrame(page.doc);
  const dock = createDock(frame, ui.signal, () => draw());
  /** "Wijs het aan" in progress: the finding whose label the user points at (lib/show/pointing.ts). */
  const pointing = pointingController<Finding>(ui.shadow, lang, page);
  const places = findingPlaces(page, ui.signal, () => check, draw);
  const { anchorsOf, layout } = places;

  /** Per finding, what the sidebar says after a click: "Open ‘…’ om het te zien". */
  const hints = new Map<string, string>();

  const select = (f: Finding) => {
    const at = places.placeOf(f);
    if (!at) return;
    at.el.scrollIntoView({ block: 'center' });
    if (at.opener) {
      // OPP-wijzer never opens the host's section itself: it points at the button that does.
      hints.set(f.rule, t(lang, 'sidebar.open-section', { sectie: layout.sectionName(at.opener) }));
      if (at.opener instanceof HTMLElement) at.opener.focus({ preventScroll: true });
    } else {
      hints.delete(f.rule);
      layout.fieldIn(at.el)?.focus({ preventScroll: true });
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
    pointing.start(f, draw, draw);
    draw();
  };
  const stopPointing = () => {
    const rule = pointing.subject()?.rule;
    pointing.stop();
    draw();
    // Back where the user started: the finding's "Wijs het aan" button in the sidebar (one
    // selector list would pick the title first, in document order: a plain text of a part not found).
    requestAnimationFrame(() => ui.focus(`[data-rule="${rule}"] .finding__point`) || ui.focus(`[data-rule="${rule}"] .finding__title`));
  };
  const focusTitle = () => ui.focus('.sidebar__title, .tab button');

  function draw() {
    // Docked first: the fields move, and the markers are read where they are then. Floats where it cannot dock.
    const docked = dock.fit(!modal && check.report.page !== 'settings' && prefs.open ? prefs.side : null);
    const shown = places.markers(lang, flashRule, modal);
    const placement = docked ? { side: prefs.side, collapsed: false } : place(prefs.side, { width: innerWidth, height: innerHeight }, layout.saveButtonRects(), shown);
    // Folded because it would hide a field, the user may still open it: then it stays open.
    const open = prefs.open && (!placement.collapsed || openedAnyway);
    render(
      <>
        <Markers markers={shown} free={freeSpan(!modal && check.report.page !== 'settings' && open ? placement.side : null, frame.width())} />
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
            docked={docked}
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
    const pointed = pointing.subject();
    if (pointed) drawPointing(pointed);
  }

  function drawPointing(finding: Finding) {
    const settings = isSettingsRule(finding.rule);
    pointing.draw(
      {
        parts: (settings ? teachableSettingsParts(finding) : teachableParts(finding, false)) ?? [],
        partName: (part) => t(lang, `part.${settings ? 'settings.' : ''}${part}` as MessageKey),
        pupilName: check.pupil?.name ?? null,
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
      settings ? 'settings' : 'opp',
      finding.rule,
    );
  }

  // Alt+Shift+O opens and closes OPP-wijzer from anywhere on the page.
  page.listen(
    'keydown',
    (e) => {
      if (!(e.altKey && e.shiftKey && e.code === 'KeyO')) return;
      e.preventDefault();
      setPrefs({ ...prefs, open: !prefs.open });
      if (prefs.open) requestAnimationFrame(focusTitle);
    },
    ui.signal,
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
      if (pointing.subject()) stopPointing();
      else draw();
    },
    remove() {
      // The layer's signal stops the dock (its page given back), the markers' and the keys' listeners.
      ui.remove();
      pointing.stop();
    },
  };
}
