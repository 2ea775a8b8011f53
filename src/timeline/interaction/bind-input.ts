/**
 * The timeline's input: keys (navigation, Enter and Space to select, + − 0 to zoom), focus (tooltip, tab order),
 * pointer (hover tooltip, click to select; hit-testing on the canvas layer) and the zoom buttons. Every listener is
 * registered with the chart's lifecycle.
 */
import type { Lifecycle } from '../../shared/lifecycle';
import { activeElementOf, originalTarget } from '../../shared/shadow-dom';
import type { Mark } from '../layout/timeline-layout';
import type { TimelineScaffold } from '../render/scaffold';
import type { ZoomController } from './zoom';

export interface InputContext<T> {
  dom: TimelineScaffold;
  lifecycle: Lifecycle;
  zoom: ZoomController;
  /** The mark of an SVG mark element (or of the element an event came from), or null. */
  markFrom(target: EventTarget | null): { node: SVGGElement; mark: Mark<T> } | null;
  /** The mark in view under a point of the SVG (for the canvas layer), or null. */
  markAt(x: number, y: number): Mark<T> | null;
  /** Whether the canvas draws the marks now. */
  dense(): boolean;
  /** The mark a navigation key moves to (and makes active), or null for other keys. */
  navigate(event: KeyboardEvent): Mark<T> | null;
  /** Makes a mark active and focuses its element, panning to it first if needed. */
  moveTo(mark: Mark<T>): void;
  /** A mark element received focus. */
  focused(mark: Mark<T>, node: SVGGElement): void;
  select(mark: Mark<T>): void;
  showTip(mark: Mark<T>, anchor: Element | DOMRectReadOnly): void;
  hideTip(): void;
  /** The key of the mark the tooltip shows, or null. */
  tipKey(): string | null;
}

export function bindInput<T>(context: InputContext<T>): void {
  const { dom, lifecycle, zoom } = context;
  const doc = dom.root.ownerDocument;

  lifecycle.listen(dom.root, 'keydown', (event: KeyboardEvent) => {
    const found = context.markFrom(event.target);
    if (found) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault(); // Space must not scroll the page
        context.select(found.mark);
        return;
      }
      if (!event.altKey) {
        const next = context.navigate(event);
        if (next) {
          event.preventDefault(); // arrows and Page keys must not scroll the page
          context.moveTo(next);
          return;
        }
      }
    }
    const target = event.target as Node;
    const inChart = dom.svg.contains(target) || dom.controls.contains(target);
    if (!inChart || event.ctrlKey || event.metaKey || event.altKey) return;
    const anchor = found ? (found.mark.x0 + found.mark.x1) / 2 : undefined;
    if (event.key === '+' || event.key === '=') zoom.scaleBy(2, anchor);
    else if (event.key === '-' || event.key === '_') zoom.scaleBy(0.5, anchor);
    else if (event.key === '0') zoom.reset();
    else return;
    event.preventDefault();
  });

  // Focus is listened for on the document: Chromium makes an SVG element with a focus listener focusable.
  lifecycle.listen(doc, 'focusin', (event: FocusEvent) => {
    const found = context.markFrom(originalTarget(event));
    if (found) context.focused(found.mark, found.node);
  });

  lifecycle.listen(doc, 'focusout', (event: FocusEvent) => {
    const found = context.markFrom(originalTarget(event));
    if (found && context.tipKey() === found.mark.key) context.hideTip();
  });

  lifecycle.listen(dom.marks, 'pointerover', (event: PointerEvent) => {
    const found = context.markFrom(event.target);
    if (found && context.tipKey() !== found.mark.key) context.showTip(found.mark, found.node);
  });

  lifecycle.listen(dom.marks, 'pointerout', (event: PointerEvent) => {
    const found = context.markFrom(event.target);
    if (!found || found.node.contains(event.relatedTarget as Node | null)) return;
    // A focused mark keeps its tooltip when the pointer leaves it.
    if (activeElementOf(found.node) !== found.node) context.hideTip();
  });

  /** A pointer event's position in the SVG's coordinates (its viewBox is its pixel size). */
  function pointIn(event: MouseEvent): [number, number] {
    const box = dom.svg.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  }

  lifecycle.listen(dom.svg, 'click', (event: MouseEvent) => {
    const found = context.markFrom(event.target);
    if (found) {
      context.select(found.mark);
      return;
    }
    if (!context.dense()) return;
    const mark = context.markAt(...pointIn(event));
    if (mark) {
      context.moveTo(mark);
      context.select(mark);
    }
  });

  // The canvas has no elements to hover: the mark under the pointer is found in the layout.
  lifecycle.listen(dom.svg, 'pointermove', (event: PointerEvent) => {
    if (!context.dense() || context.markFrom(event.target)) return;
    const [x, y] = pointIn(event);
    const mark = context.markAt(x, y);
    if (mark) {
      if (context.tipKey() === mark.key) return;
      const box = dom.svg.getBoundingClientRect();
      const top = box.top + mark.y - mark.height / 2;
      context.showTip(mark, new DOMRect(box.left + mark.x0, top, mark.x1 - mark.x0, mark.height));
    } else if (context.tipKey() !== null && !context.markFrom(activeElementOf(dom.svg))) {
      context.hideTip();
    }
  });

  lifecycle.listen(dom.controls, 'click', (event: MouseEvent) => {
    const action = (event.target as Element | null)?.closest<HTMLButtonElement>('button')?.dataset.action;
    if (action === 'zoom-in') zoom.scaleBy(2);
    else if (action === 'zoom-out') zoom.scaleBy(0.5);
    else if (action === 'zoom-reset') zoom.reset();
  });
}
