/**
 * A last word from a content script whose extension was updated, reloaded or switched off
 * while a guide ran: its layers are gone and it can no longer talk to the background, so
 * it says in plain text what happened instead of vanishing mid-guide. Plain DOM in its own
 * shadow root, because the content script's context (and its layer helper) is already gone.
 */
import { appendToPage } from './shadow-layer';

export function showStoppedNotice(text: string, close: string): void {
  const host = document.createElement('opp-wijzer-notice');
  host.setAttribute('data-opp-wijzer', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.style.cssText =
    'position:fixed;bottom:16px;right:16px;z-index:2147483647;max-width:360px;padding:12px 14px;background:#fff;color:#1a1a1a;' +
    'border:2px solid #1d4ed8;border-radius:8px;font:14px/1.4 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.2)';
  const message = document.createElement('p');
  message.style.margin = '0 0 8px';
  message.textContent = text;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = close;
  button.addEventListener('click', () => host.remove());
  box.append(message, button);
  shadow.append(box);
  appendToPage(host);
}
