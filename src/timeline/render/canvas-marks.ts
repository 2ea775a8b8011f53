/**
 * The dense layer: when more marks are in view than the SVG limit, they are drawn on a canvas under the SVG: bars and
 * bands as one path per kind, and each shape stamped from a small bitmap drawn once. The same visual grammar as the
 * SVG marks: points, bars, bands for reduced precision, fading ranges for uncertain dates, hollow shapes for inferred
 * dates.
 */
import { type MarkShape, shapePath } from '../../shared/palette';
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
  /** Bars of periods. */
  solid: Path2D;
  band: Path2D;
  /** Ranges with an open bound, each filled with its own fading gradient. */
  fading: Mark<unknown>[];
  /** Shapes to stamp, as flat triples: centre x, centre y, size. */
  shapes: number[];
  /** The same for inferred dates, drawn hollow. */
  hollowShapes: number[];
}

/** A shape drawn once on a small canvas, then copied (drawImage) to every mark that has it. */
interface Stamp {
  readonly image: HTMLCanvasElement;
  /** From the shape's centre to the bitmap's edge, in CSS pixels. */
  readonly half: number;
}

/**
 * Stamps by shape, size, colours and pixel ratio. Copying a small bitmap costs far less than filling one path of
 * thousands of shapes, which a software canvas rasterises edge by edge (it was most of a dense render's time).
 */
const stamps = new Map<string, Stamp>();

function stampOf(
  doc: Document,
  shape: MarkShape,
  size: number,
  colors: { fill: string; stroke: string | null },
  ratio: number,
): Stamp {
  const key = `${shape}|${size}|${colors.fill}|${colors.stroke}|${ratio}`;
  let stamp = stamps.get(key);
  if (stamp) return stamp;
  if (stamps.size >= 256) stamps.clear(); // colours change with the theme: keep the cache small
  const half = Math.ceil(size / 2 + 1); // room for the hollow shapes' stroke
  const image = doc.createElement('canvas');
  image.width = image.height = Math.ceil(2 * half * ratio);
  const context = image.getContext('2d');
  if (context) {
    context.scale(ratio, ratio);
    context.translate(half, half);
    const outline = new Path2D(shapePath(shape, size));
    context.fillStyle = colors.fill;
    context.fill(outline);
    if (colors.stroke) {
      context.strokeStyle = colors.stroke;
      context.lineWidth = 1.5;
      context.stroke(outline);
    }
  }
  stamp = { image, half };
  stamps.set(key, stamp);
  return stamp;
}

/** `stampFor` remembered by size for one layer (a mark's size is one of a few: building keys per mark cost more). */
function bySize(stampFor: (size: number) => Stamp): (size: number) => Stamp {
  const known = new Map<number, Stamp>();
  return (size) => {
    let stamp = known.get(size);
    if (!stamp) {
      stamp = stampFor(size);
      known.set(size, stamp);
    }
    return stamp;
  };
}

/** Copies the stamp of each (x, y, size) triple, snapped to device pixels so the copies stay sharp. */
function stampAll(
  context: CanvasRenderingContext2D,
  triples: readonly number[],
  stampFor: (size: number) => Stamp,
  ratio: number,
): void {
  const snap = (value: number) => Math.round(value * ratio) / ratio;
  for (let i = 0; i < triples.length; i += 3) {
    const stamp = stampFor(triples[i + 2] as number);
    const side = 2 * stamp.half;
    context.drawImage(
      stamp.image,
      snap((triples[i] as number) - stamp.half),
      snap((triples[i + 1] as number) - stamp.half),
      side,
      side,
    );
  }
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
      paths = { solid: new Path2D(), band: new Path2D(), fading: [], shapes: [], hollowShapes: [] };
      byKind.set(mark.kind, paths);
    }
    const h = mark.height;
    const inferred = mark.interval.basis === 'inferred';
    const shapes = inferred ? paths.hollowShapes : paths.shapes;
    const width = Math.max(1, mark.xEnd - mark.xStart);
    const cx = (mark.x0 + mark.x1) / 2;
    switch (markVariant(mark.interval)) {
      case 'point':
        shapes.push(cx, mark.y, h);
        break;
      case 'span':
        paths.solid.rect(mark.xStart, mark.y - h / 4, width, h / 2);
        shapes.push(cx, mark.y, h * 0.8);
        break;
      case 'reduced':
        paths.band.rect(mark.xStart, mark.y - h / 2, width, h);
        break;
      case 'uncertain': {
        if (mark.interval.openStart || mark.interval.openEnd) paths.fading.push(mark as Mark<unknown>);
        else paths.band.rect(mark.xStart, mark.y - h * 0.3, width, h * 0.6);
        if (!mark.interval.openStart) shapes.push(mark.xStart, mark.y, h * 0.7);
        if (!mark.interval.openEnd) shapes.push(mark.xEnd, mark.y, h * 0.7);
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
    const { shape } = frame.appearance(kind);
    const doc = context.canvas.ownerDocument;
    const solid = { fill: color, stroke: null };
    const hollow = { fill: frame.background, stroke: color };
    stampAll(
      context,
      paths.shapes,
      bySize((size) => stampOf(doc, shape, size, solid, frame.ratio)),
      frame.ratio,
    );
    stampAll(
      context,
      paths.hollowShapes,
      bySize((size) => stampOf(doc, shape, size, hollow, frame.ratio)),
      frame.ratio,
    );
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
