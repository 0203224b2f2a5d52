/**
 * An element's box in the top page's viewport. `getBoundingClientRect` answers in the element's
 * own frame; an element inside a same-origin frame (a TinyMCE editor, a settings form in an
 * iframe) is moved by each frame's content box on the way up, so its marker sits on it.
 */
export function pageRect(el: Element): DOMRect {
  const r = el.getBoundingClientRect();
  let left = r.left;
  let top = r.top;
  for (let doc = el.ownerDocument; doc !== document; ) {
    const frame = doc.defaultView?.frameElement ?? null;
    if (!frame) break;
    const box = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    left += box.left + frame.clientLeft + parseFloat(style?.paddingLeft ?? '0');
    top += box.top + frame.clientTop + parseFloat(style?.paddingTop ?? '0');
    doc = frame.ownerDocument;
  }
  return new DOMRect(left, top, r.width, r.height);
}

/**
 * Whether `rect` (from pageRect) can be seen through the frames `el` is in: a field scrolled out of
 * its frame has a box outside the frame, and a marker there would sit on unrelated page content.
 */
export function seenThroughFrames(el: Element, rect: DOMRect): boolean {
  for (let doc = el.ownerDocument; doc !== document; ) {
    const frame = doc.defaultView?.frameElement ?? null;
    if (!frame) break;
    const box = pageRect(frame);
    if (rect.bottom <= box.top || rect.top >= box.bottom || rect.right <= box.left || rect.left >= box.right) return false;
    doc = frame.ownerDocument;
  }
  return true;
}
