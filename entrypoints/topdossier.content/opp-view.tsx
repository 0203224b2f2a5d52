/**
 * The in-page layer on an OPP page: the sidebar (or its folded tab) and the markers over
 * the parts that fail or need review, in one shadow root so neither page styles the other.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CollapsedTab } from '../../components/CollapsedTab';
import { Markers, type Marker } from '../../components/Markers';
import { Sidebar } from '../../components/Sidebar';
import styles from '../../components/sidebar.css?inline';
import type { PageCheck } from '../../lib/check-page';
import type { Finding } from '../../lib/contract';
import { t, type Lang, type MessageKey } from '../../lib/i18n';
import { isControl } from '../../lib/read/dom-text';
import { saveButtonRects } from '../../lib/read/save-buttons';
import { place } from '../../lib/show/placement';
import { loadPrefs, savePrefs, type UiPrefs } from '../../lib/show/ui-prefs';

export interface OppView {
  update(check: PageCheck): void;
  remove(): void;
}

const FLASH_MS = 1900;

export async function mountOppView(ctx: ContentScriptContext, lang: Lang, first: PageCheck): Promise<OppView> {
  let check = first;
  let prefs: UiPrefs = await loadPrefs();
  let flashRule: string | null = null;
  let frame = 0;

  const ui = await createShadowRootUi(ctx, {
    name: 'opp-wijzer-layer',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: styles,
    onMount(container, _shadow, host) {
      // The readers skip anything inside this attribute: our text is never page content.
      host.setAttribute('data-opp-wijzer', '');
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();

  const anchorOf = (f: Finding): Element | undefined => {
    const where = f.evidence[0]?.where;
    const el = where ? check.anchors.get(where) : undefined;
    return el?.isConnected ? el : undefined;
  };

  const markers = (): Marker[] =>
    check.report.findings.flatMap((f) => {
      if (f.status !== 'fail' && f.status !== 'review') return [];
      const el = anchorOf(f);
      const rect = el?.getBoundingClientRect();
      if (!rect || (rect.width === 0 && rect.height === 0)) return [];
      const label = t(lang, `marker.${f.status}` as MessageKey, { onderdeel: t(lang, `rule.${f.rule}` as MessageKey) });
      return [{ rule: f.rule, status: f.status, label, top: rect.top, left: rect.left, width: rect.width, height: rect.height, flash: flashRule === f.rule }];
    });

  const select = (f: Finding) => {
    const el = anchorOf(f);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    const target = isControl(el) ? el : el.querySelector('textarea, input, select, [contenteditable]');
    if (target instanceof HTMLElement) target.focus({ preventScroll: true });
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

  const focusTitle = () => ui.shadow.querySelector<HTMLElement>('.sidebar__title, .tab button')?.focus();

  function draw() {
    const placement = place(prefs.side, { width: innerWidth, height: innerHeight }, saveButtonRects(document));
    const open = prefs.open && !placement.collapsed;
    render(
      <>
        <Markers markers={markers()} />
        {open ? (
          <Sidebar
            report={check.report}
            readable={check.readable}
            lang={lang}
            side={placement.side}
            locatable={(f) => anchorOf(f) !== undefined}
            onSelect={select}
            onCollapse={() => setPrefs({ ...prefs, open: false })}
            onSwitchSide={() => setPrefs({ ...prefs, side: prefs.side === 'right' ? 'left' : 'right' })}
          />
        ) : (
          <CollapsedTab report={check.report} lang={lang} side={placement.side} onOpen={() => setPrefs({ ...prefs, open: true })} />
        )}
      </>,
      ui.uiContainer,
    );
  }

  // Markers follow the parts when the page scrolls or resizes (also inner scroll areas).
  const redrawSoon = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(draw);
  };
  addEventListener('scroll', redrawSoon, { capture: true, passive: true, signal: ctx.signal });
  addEventListener('resize', redrawSoon, { signal: ctx.signal });
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
    remove() {
      ui.remove();
    },
  };
}
