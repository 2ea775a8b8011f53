/// <reference types="node" />
/**
 * The one place that makes a DOM in Node, for the charts to render into: linkedom, a small DOM without layout (the
 * charts need none: they measure text by a fixed estimate where there is no canvas, the same on every machine).
 */
import { parseHTML } from 'linkedom';

/**
 * Runs `draw` with an empty HTML document. linkedom's window has no `getComputedStyle`, which the text measure asks
 * for the font: an empty style makes it fall back to its default font, as it does outside a page.
 */
export function withNodeDocument<R>(draw: (doc: Document) => R): R {
  const { window, document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const view = window as unknown as { getComputedStyle?: () => Partial<CSSStyleDeclaration> };
  view.getComputedStyle ??= () => ({});
  // d3-zoom reads the global `navigator` (maxTouchPoints), which Node 20 lacks: lend one while drawing.
  const globals = globalThis as { navigator?: unknown };
  const lent = globals.navigator === undefined;
  if (lent) globals.navigator = { maxTouchPoints: 0, userAgent: 'node' };
  try {
    return draw(document as unknown as Document);
  } finally {
    if (lent) delete globals.navigator;
  }
}
