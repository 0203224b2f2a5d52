/**
 * An OPP-wijzer layer on the host page: a custom element with an open shadow root (so
 * neither page styles the other) whose host carries `data-opp-wijzer`, which every reader
 * skips. Removed when the extension is reloaded or removed.
 *
 * This is the one file outside lib/read that touches the page's document (test/page-access.test.ts):
 * it puts our layer's host into the page, and finds elements of our own shadow root to focus.
 *
 * Why not WXT's createShadowRootUi: it bundles a CSS loader that uses the network, and our
 * bundles must contain no network API at all (see test/release/bundle-scan.test.ts).
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import base from '../../components/layer-base.css?inline';
import { followModals } from './top-layer';

export interface ShadowLayer {
  shadow: ShadowRoot;
  /** Where the layer's Preact tree is rendered. */
  uiContainer: HTMLElement;
  /** Moves focus to the first element of our layer that `selector` names; false when there is none. */
  focus(selector: string): boolean;
  remove(): void;
  /** Aborted when the layer is removed (or the content script ends): what listens for the layer stops with it. */
  signal: AbortSignal;
}

/** Puts a layer's host at the end of the page's <body> (lib/show/stopped-notice.ts has no context left to mount one). */
export function appendToPage(host: Element): void {
  document.body.append(host);
}

/**
 * `css`: the layer's own styles (only what it draws: each content script carries only its layers' CSS).
 * `onModal`: the layer goes into a modal dialog the page opens (lib/show/top-layer.ts) and hears it.
 */
export function mountShadowLayer(ctx: ContentScriptContext, name: string, css: string, onModal?: (modal: HTMLDialogElement | null) => void): ShadowLayer {
  const host = document.createElement(name);
  host.setAttribute('data-opp-wijzer', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial!important}\n${base}\n${css}`;
  const uiContainer = document.createElement('div');
  shadow.append(style, uiContainer);
  appendToPage(host);
  // The layer's own lifetime: removed, it stops listening, though the content script goes on.
  const life = new AbortController();
  ctx.signal.addEventListener('abort', () => life.abort(), { once: true });
  const remove = () => {
    life.abort();
    render(null, uiContainer);
    host.remove();
  };
  ctx.onInvalidated(remove);
  if (onModal) followModals(host, onModal, life.signal);
  const focus = (selector: string) => {
    // Our own elements in our own shadow root (focus management of our UI), never the page's.
    const el = shadow.querySelector<HTMLElement>(selector);
    el?.focus();
    return !!el;
  };
  return { shadow, uiContainer, focus, remove, signal: life.signal };
}
