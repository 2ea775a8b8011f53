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
import { releaseStampBuffer, type StampBuffer, type StampPixels, stampBufferFor, stampPixels } from './stamp-buffer';

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

/** A shape drawn once on a small canvas, then copied to every mark that has it. */
interface Stamp {
  /** Its pixels (null where the canvas gives no 2D context: then nothing is stamped). */
  readonly pixels: StampPixels | null;
  /** From the shape's centre to the bitmap's edge, in CSS pixels. */
  readonly half: number;
}

/**
 * Stamps by shape, size, colours, opacity and pixel ratio. Copying a small bitmap's pixels costs far less than filling
 * one path of thousands of shapes, which a software canvas rasterises edge by edge (it was most of a dense render's
 * time), or than a `drawImage` per mark.
 */
const stamps = new Map<string, Stamp>();

function stampOf(
  doc: Document,
  shape: MarkShape,
  size: number,
  colors: { fill: string; stroke: string | null },
  alpha: number,
  ratio: number,
): Stamp {
  const key = `${shape}|${size}|${colors.fill}|${colors.stroke}|${alpha}|${ratio}`;
  let stamp = stamps.get(key);
  if (stamp) return stamp;
  if (stamps.size >= 256) stamps.clear(); // colours change with the theme: keep the cache small
  const half = Math.ceil(size / 2 + 1); // room for the hollow shapes' stroke
  const image = doc.createElement('canvas');
  image.width = image.height = Math.ceil(2 * half * ratio);
  const context = image.getContext('2d', { willReadFrequently: true });
  if (context) {
    context.scale(ratio, ratio);
    context.translate(half, half);
    context.globalAlpha = alpha;
    const outline = new Path2D(shapePath(shape, size));
    context.fillStyle = colors.fill;
    context.fill(outline);
    if (colors.stroke) {
      context.strokeStyle = colors.stroke;
      context.lineWidth = 1.5;
      context.stroke(outline);
    }
  }
  stamp = { pixels: context ? stampPixels(image) : null, half };
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

/** Copies the stamp of each (x, y, size) triple into the buffer, at whole device pixels so the copies stay sharp. */
function stampAll(
  buffer: StampBuffer,
  triples: readonly number[],
  stampFor: (size: number) => Stamp,
  frame: CanvasFrame,
): void {
  const { ratio, plot } = frame;
  const clipLeft = Math.floor(plot.left * ratio);
  const clipRight = Math.ceil(plot.right * ratio);
  for (let i = 0; i < triples.length; i += 3) {
    const stamp = stampFor(triples[i + 2] as number);
    if (!stamp.pixels) continue;
    const left = Math.round(((triples[i] as number) - stamp.half) * ratio);
    const top = Math.round(((triples[i + 1] as number) - stamp.half) * ratio);
    buffer.stamp(stamp.pixels, left, top, clipLeft, clipRight);
  }
}

/** Sizes the canvas's bitmap for the device's pixel ratio (its CSS size follows the SVG's, in theme.css). */
export function sizeCanvas(canvas: HTMLCanvasElement, width: number, height: number, ratio: number): void {
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
}

/** The marks of one opacity, sorted into what each kind draws. */
interface Layer {
  alpha: number;
  byKind: Map<string, KindPaths>;
}

/**
 * Draws the marks: the shapes are stamped into a pixel buffer that is put on the canvas first, then the bars, bands
 * and ranges are drawn beneath them (`destination-over`, in reverse order, which composes the same picture as drawing
 * them first in order). Shapes are therefore always over bars and bands, of any kind.
 */
export function drawCanvasMarks<T>(canvas: HTMLCanvasElement, marks: readonly Mark<T>[], frame: CanvasFrame): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  sizeCanvas(canvas, frame.width, frame.height, frame.ratio);

  const { dimmed } = frame;
  const layers: Layer[] = [];
  if (dimmed) {
    // The faded marks first, so the highlighted ones are drawn over them.
    const faded: Mark<T>[] = [];
    const shown: Mark<T>[] = [];
    for (const mark of marks) (dimmed(mark as Mark<unknown>) ? faded : shown).push(mark);
    layers.push(sortLayer(faded, dimmedAlpha), sortLayer(shown, 1));
  } else {
    layers.push(sortLayer(marks, 1));
  }

  const buffer = stampBufferFor(canvas, context);
  const doc = canvas.ownerDocument;
  for (const { alpha, byKind } of layers) {
    for (const [kind, paths] of byKind) {
      const color = frame.color(kind);
      const { shape } = frame.appearance(kind);
      const solid = { fill: color, stroke: null };
      const hollow = { fill: frame.background, stroke: color };
      stampAll(
        buffer,
        paths.shapes,
        bySize((size) => stampOf(doc, shape, size, solid, alpha, frame.ratio)),
        frame,
      );
      stampAll(
        buffer,
        paths.hollowShapes,
        bySize((size) => stampOf(doc, shape, size, hollow, alpha, frame.ratio)),
        frame,
      );
    }
  }
  // putImageData replaces every pixel (it ignores clip and compositing): the buffer is the whole canvas, transparent
  // where no shape is.
  context.putImageData(buffer.image, 0, 0);

  context.save();
  context.setTransform(frame.ratio, 0, 0, frame.ratio, 0, 0);
  context.beginPath();
  context.rect(frame.plot.left, 0, frame.plot.right - frame.plot.left, frame.height);
  context.clip();
  context.globalCompositeOperation = 'destination-over';
  for (const layer of layers.reverse()) {
    for (const [kind, paths] of [...layer.byKind].reverse())
      drawBeneath(context, paths, frame.color(kind), layer.alpha);
  }
  context.restore();
}

/** Sorts marks by kind into paths to fill and shapes to stamp. */
function sortLayer<T>(marks: readonly Mark<T>[], alpha: number): Layer {
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
  return { alpha, byKind };
}

/**
 * One kind's bars, ranges and bands, at an opacity `alpha`, under what is drawn (`destination-over`): so in the reverse
 * of their stacking order, bands at the bottom, then ranges, then bars.
 */
function drawBeneath(context: CanvasRenderingContext2D, paths: KindPaths, color: string, alpha: number): void {
  context.globalAlpha = alpha;
  context.fillStyle = color;
  context.fill(paths.solid);
  context.globalAlpha = 0.3 * alpha;
  for (let i = paths.fading.length - 1; i >= 0; i--) {
    const mark = paths.fading[i] as Mark<unknown>;
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
  context.fillStyle = color;
  context.fill(paths.band);
}

/** A computed `rgb(r, g, b)` colour with an alpha (so a gradient fades in the colour's hue, not through black). */
function withAlpha(color: string, alpha: number): string {
  const match = /^rgba?\(([^,]+),([^,]+),([^,)]+)/.exec(color);
  return match ? `rgba(${match[1]},${match[2]},${match[3]},${alpha})` : 'transparent';
}

export function clearCanvas(canvas: HTMLCanvasElement): void {
  releaseStampBuffer(canvas);
  const context = canvas.getContext('2d');
  context?.setTransform(1, 0, 0, 1, 0, 0);
  context?.clearRect(0, 0, canvas.width, canvas.height);
}
