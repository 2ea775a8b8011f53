/**
 * The dense layer: when more marks are in view than the SVG limit, they are drawn on a canvas under the SVG, one path
 * per kind and style (a few fill calls whatever the number of marks). The same visual grammar as the SVG marks:
 * points, bars, bands for reduced precision, fading ranges for uncertain dates, hollow shapes for inferred dates.
 */
import { traceShape } from '../../shared/palette';
import type { Mark } from '../layout/timeline-layout';
import type { KindAppearance } from './kind-appearance';
import { markVariant } from './mark-variant';

export interface CanvasFrame {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Device pixels per CSS pixel. */
  ratio: number;
  appearance(kind: string): KindAppearance;
  /** The kind's colour as the page resolves it (computed from its class). */
  color(kind: string): string;
  /** The background, for hollow (inferred) shapes. */
  background: string;
  /** Marks drawn faded because others are highlighted (null: none is). */
  dimmed: ((mark: Mark<unknown>) => boolean) | null;
}

/** How opaque a faded mark is, against 1 for the others (theme.css fades SVG marks by the same factor). */
const dimmedAlpha = 0.25;

interface KindPaths {
  solid: Path2D;
  hollow: Path2D;
  band: Path2D;
  /** Ranges with an open bound, each filled with its own fading gradient. */
  fading: Mark<unknown>[];
}

/** Sizes the canvas's bitmap for the device's pixel ratio (its CSS size follows the SVG's, in theme.css). */
export function sizeCanvas(canvas: HTMLCanvasElement, width: number, height: number, ratio: number): void {
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
}

export function drawCanvasMarks<T>(canvas: HTMLCanvasElement, marks: readonly Mark<T>[], frame: CanvasFrame): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  sizeCanvas(canvas, frame.width, frame.height, frame.ratio);
  context.setTransform(frame.ratio, 0, 0, frame.ratio, 0, 0);
  context.clearRect(0, 0, frame.width, frame.height);
  context.save();
  context.beginPath();
  context.rect(frame.plot.left, 0, frame.plot.right - frame.plot.left, frame.height);
  context.clip();

  const { dimmed } = frame;
  if (dimmed) {
    // The faded marks first, so the highlighted ones are drawn over them.
    const faded: Mark<T>[] = [];
    const shown: Mark<T>[] = [];
    for (const mark of marks) (dimmed(mark as Mark<unknown>) ? faded : shown).push(mark);
    drawLayer(context, faded, frame, dimmedAlpha);
    drawLayer(context, shown, frame, 1);
  } else {
    drawLayer(context, marks, frame, 1);
  }
  context.restore();
}

/** Draws marks at an opacity `alpha`: bands and ranges translucent, shapes solid (or hollow when inferred). */
function drawLayer<T>(
  context: CanvasRenderingContext2D,
  marks: readonly Mark<T>[],
  frame: CanvasFrame,
  alpha: number,
): void {
  const byKind = new Map<string, KindPaths>();
  for (const mark of marks) {
    let paths = byKind.get(mark.kind);
    if (!paths) {
      paths = { solid: new Path2D(), hollow: new Path2D(), band: new Path2D(), fading: [] };
      byKind.set(mark.kind, paths);
    }
    const appearance = frame.appearance(mark.kind);
    const h = mark.height;
    const inferred = mark.interval.basis === 'inferred';
    const shapes = inferred ? paths.hollow : paths.solid;
    const width = Math.max(1, mark.xEnd - mark.xStart);
    const cx = (mark.x0 + mark.x1) / 2;
    switch (markVariant(mark.interval)) {
      case 'point':
        traceShape(shapes, appearance.shape, h, cx, mark.y);
        break;
      case 'span':
        paths.solid.rect(mark.xStart, mark.y - h / 4, width, h / 2);
        traceShape(shapes, appearance.shape, h * 0.8, cx, mark.y);
        break;
      case 'reduced':
        paths.band.rect(mark.xStart, mark.y - h / 2, width, h);
        break;
      case 'uncertain': {
        if (mark.interval.openStart || mark.interval.openEnd) paths.fading.push(mark as Mark<unknown>);
        else paths.band.rect(mark.xStart, mark.y - h * 0.3, width, h * 0.6);
        if (!mark.interval.openStart) traceShape(shapes, appearance.shape, h * 0.7, mark.xStart, mark.y);
        if (!mark.interval.openEnd) traceShape(shapes, appearance.shape, h * 0.7, mark.xEnd, mark.y);
        break;
      }
    }
  }

  for (const [kind, paths] of byKind) {
    const color = frame.color(kind);
    context.fillStyle = color;
    context.globalAlpha = 0.3 * alpha;
    context.fill(paths.band);
    for (const mark of paths.fading) {
      // The unknown end fades to nothing: a bound nobody knows is never drawn as an edge.
      const gradient = context.createLinearGradient(mark.xStart, 0, mark.xEnd, 0);
      const clear = withAlpha(color, 0);
      if (mark.interval.openStart) {
        gradient.addColorStop(0, clear);
        gradient.addColorStop(0.65, color);
        gradient.addColorStop(1, color);
      } else {
        gradient.addColorStop(0, color);
        gradient.addColorStop(0.35, color);
        gradient.addColorStop(1, clear);
      }
      const h = mark.height;
      context.fillStyle = gradient;
      context.fillRect(mark.xStart, mark.y - h * 0.3, Math.max(1, mark.xEnd - mark.xStart), h * 0.6);
    }
    context.globalAlpha = alpha;
    context.fillStyle = color;
    context.fill(paths.solid);
    context.fillStyle = frame.background;
    context.fill(paths.hollow);
    context.strokeStyle = color;
    context.lineWidth = 1.5;
    context.stroke(paths.hollow);
  }
}

/** A computed `rgb(r, g, b)` colour with an alpha (so a gradient fades in the colour's hue, not through black). */
function withAlpha(color: string, alpha: number): string {
  const match = /^rgba?\(([^,]+),([^,]+),([^,)]+)/.exec(color);
  return match ? `rgba(${match[1]},${match[2]},${match[3]},${alpha})` : 'transparent';
}

export function clearCanvas(canvas: HTMLCanvasElement): void {
  const context = canvas.getContext('2d');
  context?.setTransform(1, 0, 0, 1, 0, 0);
  context?.clearRect(0, 0, canvas.width, canvas.height);
}
