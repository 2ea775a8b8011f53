/**
 * The chord's input besides the arrow keys (which shared/roving-focus handles): Enter and Space select, focus and
 * hover emphasise and show the tooltip, a click selects. Every listener is registered with the chart's lifecycle.
 */
import type { Lifecycle } from '../../shared/lifecycle';
import { originalTarget } from '../../shared/shadow-dom';
import type { ChordItem } from '../render/chord-items';
import type { ChordScaffold } from '../render/scaffold';

export interface ChordInputContext {
  dom: ChordScaffold;
  lifecycle: Lifecycle;
  /** The item of a mark element (or of the element an event came from), or null. */
  itemFrom(target: EventTarget | null): { node: SVGPathElement; item: ChordItem } | null;
  focused(item: ChordItem, node: SVGPathElement): void;
  /** A mark lost focus; `next` is where focus went (null: out of the page or nowhere). */
  blurred(item: ChordItem, next: EventTarget | null): void;
  /** The pointer entered a mark at a point of the viewport, or left the one it was on (null). */
  hovered(found: { item: ChordItem; node: SVGPathElement; point: { x: number; y: number } } | null): void;
  select(item: ChordItem): void;
}

export function bindChordInput(context: ChordInputContext): void {
  const { dom, lifecycle } = context;
  const doc = dom.root.ownerDocument;

  lifecycle.listen(dom.svg, 'keydown', (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const found = context.itemFrom(event.target);
    if (!found) return;
    event.preventDefault(); // Space must not scroll the page
    context.select(found.item);
  });

  // Focus is listened for on the document: Chromium makes an SVG element with a focus listener focusable.
  lifecycle.listen(doc, 'focusin', (event: FocusEvent) => {
    const found = context.itemFrom(originalTarget(event));
    if (found) context.focused(found.item, found.node);
  });

  lifecycle.listen(doc, 'focusout', (event: FocusEvent) => {
    const found = context.itemFrom(originalTarget(event));
    if (found) context.blurred(found.item, event.relatedTarget);
  });

  lifecycle.listen(dom.plot, 'pointerover', (event: PointerEvent) => {
    const found = context.itemFrom(event.target);
    if (found) context.hovered({ ...found, point: { x: event.clientX, y: event.clientY } });
  });

  lifecycle.listen(dom.plot, 'pointerout', (event: PointerEvent) => {
    const found = context.itemFrom(event.target);
    if (!found || found.node.contains(event.relatedTarget as Node | null)) return;
    // Moving straight onto another mark: its pointerover follows and emphasises it.
    if (context.itemFrom(event.relatedTarget)) return;
    context.hovered(null);
  });

  lifecycle.listen(dom.plot, 'click', (event: MouseEvent) => {
    const found = context.itemFrom(event.target);
    if (found) context.select(found.item);
  });
}
