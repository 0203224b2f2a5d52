/**
 * An OPP-wijzer layer on the host page: a shadow root (so neither page styles the other)
 * whose host carries `data-opp-wijzer`, which every reader skips. Removed with the context.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import styles from '../../components/sidebar.css?inline';

export async function mountShadowLayer(ctx: ContentScriptContext, name: string): Promise<ShadowRootContentScriptUi<HTMLElement>> {
  const ui = await createShadowRootUi(ctx, {
    name,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: styles,
    onMount(container, _shadow, host) {
      host.setAttribute('data-opp-wijzer', '');
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}
