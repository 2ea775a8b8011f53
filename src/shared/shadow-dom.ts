/**
 * Events and focus as seen from inside a shadow root. The charts listen for focus on the document, where an event
 * from inside a custom element's shadow root is retargeted to the element itself: these read through that.
 */

/** The node an event really started on (inside an open shadow root too), or its target. */
export function originalTarget(event: Event): EventTarget | null {
  return event.composedPath?.()[0] ?? event.target;
}

/** The focused element of the document or shadow root `node` is in. */
export function activeElementOf(node: Node): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}
