/**
 * The page as its user sees it, for reading: open shadow roots (web components) and same-origin
 * frames (a TinyMCE editor, a settings form in an iframe) are part of what is on screen, but
 * `querySelectorAll` on the document sees neither. When the page has any, it is read from a
 * composed copy: each shadow host holds its shadow tree (slots filled with what is assigned to
 * them), each readable frame holds its body. Every copied element remembers its original, so
 * markers and focus go to the element on the page. A page without either is read as it is.
 *
 * Closed shadow roots and frames of another origin stay unseen: the browser keeps them from
 * any script, and what is unseen is "niet gevonden" (review), never missing.
 */

export interface ComposedPage {
  /** The document to read: the page itself, or its composed copy. */
  doc: Document;
  /** Whether `doc` is a copy (element references must be mapped back with `original`). */
  composed: boolean;
  /** The element on the page a read element stands for. */
  original(el: Element): Element;
  /**
   * After the user typed in a form control of the page: its copy, brought up to date, to re-read
   * only that field; null when it has none (then the whole page is read again).
   */
  typedIn(control: Element): Element | null;
}

/**
 * Every element of a document or shadow root, without copying them into an array: this runs
 * before every check, so it costs one pass of a shadow-root test per element (bench/). A
 * document's live collection is walked by index; a shadow root has only querySelectorAll.
 */
function elementsOf(root: Document | ShadowRoot): ArrayLike<Element> {
  return root.nodeType === 9 ? (root as Document).getElementsByTagName('*') : root.querySelectorAll('*');
}

/**
 * The frames of a document: none without a window of its own that has child windows (a frame
 * in the page always has one, loaded or not; `window.length` counts them without a walk).
 * A ShadowRoot's frames are found among its elements.
 */
function framesOf(root: Document | ShadowRoot): Element[] {
  if (root.nodeType !== 9) return Array.from(root.querySelectorAll('iframe, frame'));
  const doc = root as Document;
  if (doc.defaultView && doc.defaultView.length === 0) return [];
  return [...Array.from(doc.getElementsByTagName('iframe')), ...Array.from(doc.getElementsByTagName('frame'))];
}

/** The shadow hosts among a tree's elements (OPP-wijzer's own layer left out), in tree order. */
function shadowHostsOf(root: Document | ShadowRoot): Element[] {
  const hosts: Element[] = [];
  const all = elementsOf(root);
  for (let i = 0, n = all.length; i < n; i++) {
    const el = all[i]!;
    if (el.shadowRoot && !isOurs(el)) hosts.push(el);
  }
  return hosts;
}

/** Whether the page has a shadow host or a readable frame. */
function hasHiddenTrees(doc: Document): boolean {
  return framesOf(doc).some((frame) => frameBody(frame) !== null) || shadowHostsOf(doc).length > 0;
}

/**
 * The trees inside the page the document's own observers and events do not reach: open shadow
 * roots and the documents of same-origin frames, nested ones too.
 */
export function innerTrees(doc: Document): (ShadowRoot | Document)[] {
  const found: (ShadowRoot | Document)[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const host of shadowHostsOf(root)) {
      found.push(host.shadowRoot!);
      visit(host.shadowRoot!);
    }
    for (const frame of framesOf(root)) {
      const inner = frameDocument(frame);
      if (inner) {
        found.push(inner);
        visit(inner);
      }
    }
  };
  visit(doc);
  return found;
}

/** OPP-wijzer's own layer host (its shadow root holds the sidebar, the markers, a guide). */
function isOurs(el: Element): boolean {
  return el.hasAttribute('data-opp-wijzer');
}

/** A same-origin frame's document, or null (another origin: the browser refuses, and rightly so). */
function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/**
 * A same-origin frame's body with content or an editor's editing area (empty when the user
 * emptied it); null for another origin, or a frame not loaded yet.
 */
function frameBody(frame: Element): HTMLElement | null {
  const body = frameDocument(frame)?.body ?? null;
  return body && (body.firstChild || editable(body)) ? body : null;
}

function editable(body: HTMLElement): boolean {
  return body.isContentEditable || body.getAttribute('contenteditable') === 'true' || body.ownerDocument.designMode === 'on';
}

/** Copies the form state cloning leaves out: what was typed, ticked or chosen after loading. */
function copyState(from: Element, to: Element): void {
  if (from.tagName === 'INPUT') {
    const [a, b] = [from as HTMLInputElement, to as HTMLInputElement];
    // A chosen file cannot be set by a script (the browser throws); its name is no content of a part.
    if (a.type === 'file') return;
    if (a.type === 'checkbox' || a.type === 'radio') {
      b.checked = a.checked;
      b.toggleAttribute('checked', a.checked);
    }
    else {
      b.value = a.value;
      b.setAttribute('value', a.value);
    }
  }
  else if (from.tagName === 'TEXTAREA') {
    (to as HTMLTextAreaElement).value = (from as HTMLTextAreaElement).value;
    to.textContent = (from as HTMLTextAreaElement).value;
  }
  else if (from.tagName === 'OPTION') {
    (to as HTMLOptionElement).selected = (from as HTMLOptionElement).selected;
    to.toggleAttribute('selected', (from as HTMLOptionElement).selected);
  }
}

export function composedPage(doc: Document): ComposedPage {
  if (!doc.documentElement || !hasHiddenTrees(doc)) return { doc, composed: false, original: (el) => el, typedIn: (el) => el };
  const copy = doc.implementation.createHTMLDocument('');
  const originals = new WeakMap<Node, Element>();
  const copies = new WeakMap<Element, Element>();

  /** The copies of `node` as composed: one node, or a slot's assigned nodes. */
  const compose = (node: Node, into: Node): void => {
    if (node.nodeType === 3 || node.nodeType === 8) {
      into.appendChild(copy.importNode(node, false));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    // OPP-wijzer's own layer is no part of the page: not copied, not read, not watched.
    if (isOurs(el)) return;
    // A slot in a shadow tree shows what is assigned to it, or its own fallback content.
    if (el.tagName === 'SLOT' && el.getRootNode() !== el.ownerDocument) {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      for (const n of assigned.length ? assigned : Array.from(el.childNodes)) compose(n, into);
      return;
    }
    const body = el.tagName === 'IFRAME' || el.tagName === 'FRAME' ? frameBody(el) : null;
    // A frame is read as a box holding its body; an editor's body keeps its contenteditable.
    const clone = body ? copy.createElement('div') : (copy.importNode(el, false) as Element);
    if (body) {
      for (const attr of ['id', 'title', 'aria-label', 'name']) if (el.hasAttribute(attr)) clone.setAttribute(attr, el.getAttribute(attr)!);
      if (editable(body)) clone.setAttribute('contenteditable', 'true');
      clone.setAttribute('data-opp-frame', '');
    }
    copyState(el, clone);
    originals.set(clone, el);
    copies.set(el, clone);
    into.appendChild(clone);
    // A textarea's text is its value, copied above: its child text is what the page was loaded with.
    if (el.tagName === 'TEXTAREA') return;
    const children = body?.childNodes ?? el.shadowRoot?.childNodes ?? el.childNodes;
    for (const child of Array.from(children)) compose(child, clone);
  };

  copy.replaceChild(copy.createElement('html'), copy.documentElement);
  const html = copy.documentElement;
  for (const attr of Array.from(doc.documentElement.attributes)) html.setAttribute(attr.name, attr.value);
  originals.set(html, doc.documentElement);
  for (const child of Array.from(doc.documentElement.childNodes)) compose(child, html);
  const typedIn = (control: Element): Element | null => {
    const clone = copies.get(control);
    if (!clone || !/^(INPUT|TEXTAREA|SELECT)$/.test(control.tagName)) return null;
    copyState(control, clone);
    if (control.tagName === 'SELECT') for (const [i, option] of Array.from((control as HTMLSelectElement).options).entries()) copyState(option, (clone as HTMLSelectElement).options[i] ?? option);
    return clone;
  };
  return { doc: copy, composed: true, original: (el) => originals.get(el) ?? el, typedIn };
}
