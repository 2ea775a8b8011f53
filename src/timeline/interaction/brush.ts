/**
 * The optional brush (d3-brush, along x only): dragging over the plot's background selects a span of whole days.
 * The span is kept in time, not pixels, so that it stays on the same days while the view zooms and pans. The brush
 * lies under the marks, so marks keep their hover, click and focus; d3-brush stops the gesture reaching d3-zoom.
 */
import { type BrushBehavior, brushX, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { svgNamespace } from '../../shared/svg';
import { daySpanOf, pixelOf, type TimeFrame } from './brush-span';

export interface BrushFrame extends TimeFrame {
  readonly top: number;
  readonly bottom: number;
  /** The time the timeline covers: a selection never reaches outside it. */
  readonly bounds: readonly [number, number];
}

export interface BrushController {
  /** The span selected, `[from, to)` in ms, or null. */
  readonly span: readonly [number, number] | null;
  /** The plot or the time shown changed: moves the selection's rectangle to its days. */
  redraw(frame: BrushFrame): void;
  /** Sets the span (or clears it) without calling `onChange`. */
  set(span: readonly [number, number] | null): void;
  destroy(): void;
}

export interface BrushOptions {
  /** A gesture made or cleared a selection (with the span snapped to days). */
  onChange(span: readonly [number, number] | null): void;
}

/** The least width a selection is drawn with, in pixels. */
const minWidth = 3;

/** @param before the element the brush goes under (the plot's group, so marks stay above it) */
export function createBrush(before: SVGElement, frame: BrushFrame, options: BrushOptions): BrushController {
  const doc = before.ownerDocument;
  const group = doc.createElementNS(svgNamespace, 'g');
  group.setAttribute('class', 'stc-timeline__brush');
  // A pointer gesture; keyboard users select with the "Select" button after zooming to the span.
  group.setAttribute('aria-hidden', 'true');
  before.before(group);
  const selection = select<SVGGElement, unknown>(group);

  let current = frame;
  let span: [number, number] | null = null;
  /** Moves made here dispatch brush events too: they are not gestures. */
  let moving = false;
  let destroyed = false;

  const behavior: BrushBehavior<unknown> = brushX<unknown>().on('end', (event: D3BrushEvent<unknown>) => {
    if (moving || destroyed || !event.sourceEvent) return;
    const pixels = event.selection as [number, number] | null;
    span = pixels ? daySpanOf(current, pixels, current.bounds) : null;
    draw(true);
    options.onChange(span);
  });

  function move(pixels: [number, number] | null): void {
    moving = true;
    try {
      selection.call(behavior.move, pixels);
    } finally {
      moving = false;
    }
  }

  /** The pixels drawn now (null: nothing), so a zoom frame that changes nothing moves nothing. */
  let drawn: [number, number] | null = null;

  /** @param force after a gesture, whose pixels d3 holds (not snapped to days yet) whatever `drawn` says */
  function draw(force = false): void {
    const next = span ? pixelsOf(span) : null;
    const same = next === drawn || (next && drawn && next[0] === drawn[0] && next[1] === drawn[1]);
    if (same && !force) return;
    drawn = next;
    move(next);
  }

  /** Where a span is drawn: null when out of view, and never narrower than `minWidth`. */
  function pixelsOf(span: readonly [number, number]): [number, number] | null {
    const { left, right } = current;
    const start = pixelOf(current, span[0]);
    const end = pixelOf(current, span[1]);
    // Out of view: nothing to draw, but the span stays selected.
    if (end <= left || start >= right) return null;
    let x0 = Math.max(left, start);
    let x1 = Math.min(right, end);
    if (x1 - x0 < minWidth) {
      // A day seen from afar is narrower than a pixel: still draw it, where it is.
      const centre = (x0 + x1) / 2;
      x0 = Math.max(left, Math.min(centre - minWidth / 2, right - minWidth));
      x1 = x0 + minWidth;
    }
    return [x0, x1];
  }

  function configure(next: BrushFrame): void {
    current = next;
    behavior.extent([
      [next.left, next.top],
      [next.right, next.bottom],
    ]);
    selection.call(behavior);
    // d3-brush sets these inline; theme.css does it instead (no inline styles).
    group.style.removeProperty('-webkit-tap-highlight-color');
    if (group.getAttribute('style') === '') group.removeAttribute('style');
  }

  configure(frame);

  return {
    get span() {
      return span;
    },
    redraw(next) {
      const extentChanged =
        next.left !== current.left ||
        next.right !== current.right ||
        next.top !== current.top ||
        next.bottom !== current.bottom;
      // A new extent re-initialises d3-brush, which then shows nothing: draw again whatever was drawn.
      if (extentChanged) configure(next);
      else current = next;
      draw(extentChanged);
    },
    set(next) {
      span = next ? [next[0], next[1]] : null;
      draw();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      selection.on('.brush', null);
      group.remove();
    },
  };
}
