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
import { ShapeTriples } from './shape-triples';
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
  /** Shapes to stamp: centre x, centre y, size. */
  shapes: ShapeTriples;
  /** The same for inferred dates, drawn hollow. */
  hollowShapes: ShapeTriples;
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
    const outline = new Path2D(shapePath(shape, size));
    context.fillStyle = colors.fill;
    context.fill(outline);
    if (colors.stroke) {
      context.strokeStyle = colors.stroke;
      context.lineWidth = 1.5;
      context.stroke(outline);
    }
  }
  const pixels = context ? stampPixels(image, alpha) : null;
  stamp = { pixels, half };
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
  { values, length }: ShapeTriples,
  stampFor: (size: number) => Stamp,
  frame: CanvasFrame,
): void {
  const { ratio, plot } = frame;
  // Only columns wholly inside the plot: a shape is never painted in full over the margin's edge.
  const clipLeft = Math.ceil(plot.left * ratio);
  const clipRight = Math.floor(plot.right * ratio);
  // The band's rows in CSS pixels: a triple farther from them than its stamp reaches (under half its size plus 2,
  // plus a pixel for rounding) is skipped before its stamp is looked up; `stamp` clips the rest to the band.
  const bandTop = buffer.offset / ratio;
  const bandBottom = (buffer.offset + buffer.height) / ratio;
  // Neighbours mostly share a size: asking `stampFor` only when it changes saves a map lookup per shape.
  let stampSize = Number.NaN;
  let stamp: Stamp | null = null;
  for (let i = 0; i < length; i += 3) {
    const y = values[i + 1] as number;
    const size = values[i + 2] as number;
    const reach = size / 2 + 3;
    if (y + reach < bandTop || y - reach > bandBottom) continue;
    if (size !== stampSize || stamp === null) {
      stamp = stampFor(size);
      stampSize = size;
    }
    if (!stamp.pixels) continue;
    const left = Math.round(((values[i] as number) - stamp.half) * ratio);
    const top = Math.round((y - stamp.half) * ratio);
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
 * Draws the marks, layer by layer (the faded ones first when some are highlighted), each layer's shapes over its
 * bars, bands and ranges, so shapes are over the bars of every kind of their layer. The first layer's shapes are
 * stamped, band by band, into a pixel buffer put on the empty canvas, and its bars drawn beneath them
 * (`destination-over`, in reverse order, which composes the same picture); a later layer draws its bars over what is
 * there, then its shapes, put on a scratch canvas and copied over in one `drawImage`.
 */
export function drawCanvasMarks<T>(canvas: HTMLCanvasElement, marks: readonly Mark<T>[], frame: CanvasFrame): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  sizeCanvas(canvas, frame.width, frame.height, frame.ratio);

  const { dimmed } = frame;
  const triples = triplesFor(canvas);
  const layers: Layer[] = [];
  if (dimmed) {
    const faded: Mark<T>[] = [];
    const shown: Mark<T>[] = [];
    for (const mark of marks) (dimmed(mark as Mark<unknown>) ? faded : shown).push(mark);
    layers.push(sortLayer(faded, dimmedAlpha, triples), sortLayer(shown, 1, triples));
  } else {
    layers.push(sortLayer(marks, 1, triples));
  }

  const buffer = stampBufferFor(canvas, context);
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  // Band by band down the canvas, each band's shapes in the layer's order, so the picture is the one a single
  // canvas-sized buffer would give.
  const stampBands = (target: CanvasRenderingContext2D, layer: Layer) => {
    const sets = stampSets(layer, frame, canvas.ownerDocument);
    for (let offset = 0; offset < canvas.height; offset += buffer.height) {
      buffer.moveTo(offset);
      for (const [triples, stampFor] of sets) stampAll(buffer, triples, stampFor, frame);
      buffer.putOnto(target);
    }
  };
  layers.forEach((layer, index) => {
    if (index === 0) {
      stampBands(context, layer);
      withPlotClip(context, frame, () => {
        context.globalCompositeOperation = 'destination-over';
        for (const [kind, paths] of [...layer.byKind].reverse()) {
          drawBars(context, paths, frame.color(kind), layer.alpha, 'beneath');
        }
      });
    } else {
      withPlotClip(context, frame, () => {
        for (const [kind, paths] of layer.byKind) drawBars(context, paths, frame.color(kind), layer.alpha, 'over');
      });
      const scratch = scratchCanvasFor(canvas);
      const scratchContext = scratch.getContext('2d');
      if (!scratchContext) return;
      scratchContext.clearRect(0, 0, scratch.width, scratch.height);
      stampBands(scratchContext, layer);
      context.drawImage(scratch, 0, 0);
    }
  });
}

/** A layer's shapes to stamp, kind by kind (solid, then hollow), each with its stamps by size. */
function stampSets(
  { alpha, byKind }: Layer,
  frame: CanvasFrame,
  doc: Document,
): [triples: ShapeTriples, stampFor: (size: number) => Stamp][] {
  return [...byKind].flatMap(([kind, paths]) => {
    const color = frame.color(kind);
    const { shape } = frame.appearance(kind);
    const solid = { fill: color, stroke: null };
    const hollow = { fill: frame.background, stroke: color };
    return [
      [paths.shapes, bySize((size) => stampOf(doc, shape, size, solid, alpha, frame.ratio))],
      [paths.hollowShapes, bySize((size) => stampOf(doc, shape, size, hollow, alpha, frame.ratio))],
    ];
  });
}

/** Runs `draw` in CSS pixels, clipped to the plot, then restores the context. */
function withPlotClip(context: CanvasRenderingContext2D, frame: CanvasFrame, draw: () => void): void {
  context.save();
  context.setTransform(frame.ratio, 0, 0, frame.ratio, 0, 0);
  context.beginPath();
  context.rect(frame.plot.left, 0, frame.plot.right - frame.plot.left, frame.height);
  context.clip();
  draw();
  context.restore();
}

/** A canvas the size of `canvas`, kept for it, for layers drawn over others. */
const scratchCanvases = new WeakMap<HTMLCanvasElement, HTMLCanvasElement>();

function scratchCanvasFor(canvas: HTMLCanvasElement): HTMLCanvasElement {
  let scratch = scratchCanvases.get(canvas);
  if (!scratch) {
    scratch = canvas.ownerDocument.createElement('canvas');
    scratchCanvases.set(canvas, scratch);
  }
  if (scratch.width !== canvas.width) scratch.width = canvas.width;
  if (scratch.height !== canvas.height) scratch.height = canvas.height;
  return scratch;
}

/**
 * Shape lists kept per canvas from one draw to the next, handed out again in order: a zoom of thousands of shapes then
 * allocates no arrays. Growing them, and a heap number for each number pushed, were 1.3 MB of the 1.6 MB a zoom
 * allocated at 100,000 marks, enough to set off collections inside zoom frames.
 */
interface KeptTriples {
  readonly lists: ShapeTriples[];
  /** How many lists this draw has taken. */
  taken: number;
}

const keptTriples = new WeakMap<HTMLCanvasElement, KeptTriples>();

/** The canvas's kept lists, none taken yet. */
function triplesFor(canvas: HTMLCanvasElement): KeptTriples {
  let kept = keptTriples.get(canvas);
  if (!kept) {
    kept = { lists: [], taken: 0 };
    keptTriples.set(canvas, kept);
  }
  kept.taken = 0;
  return kept;
}

/**
 * The next kept list, emptied, or a new one. A module function rather than a closure made per draw: V8 threw away
 * optimised code calling such a closure ("wrong call target") when the next draw brought another one.
 */
function takeTriples(kept: KeptTriples): ShapeTriples {
  const list = kept.lists[kept.taken] ?? new ShapeTriples();
  kept.lists[kept.taken++] = list;
  list.clear();
  return list;
}

/** Frees what a canvas keeps for drawing shapes: its band of pixels, its scratch canvas (as large as it is), its lists. */
export function releaseCanvasMarks(canvas: HTMLCanvasElement): void {
  releaseStampBuffer(canvas);
  scratchCanvases.delete(canvas);
  keptTriples.delete(canvas);
}

/** Sorts marks by kind into paths to fill and shapes to stamp. */
function sortLayer<T>(marks: readonly Mark<T>[], alpha: number, triples: KeptTriples): Layer {
  const byKind = new Map<string, KindPaths>();
  // Indexed: until V8 optimises this function, a for…of allocates an iterator result per mark.
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i] as Mark<T>;
    let paths = byKind.get(mark.kind);
    if (!paths) {
      paths = {
        solid: new Path2D(),
        band: new Path2D(),
        fading: [],
        shapes: takeTriples(triples),
        hollowShapes: takeTriples(triples),
      };
      byKind.set(mark.kind, paths);
    }
    const h = mark.height;
    const inferred = mark.interval.basis === 'inferred';
    const shapes = inferred ? paths.hollowShapes : paths.shapes;
    const width = Math.max(1, mark.xEnd - mark.xStart);
    const cx = (mark.x0 + mark.x1) / 2;
    switch (markVariant(mark.interval)) {
      case 'point':
        shapes.add(cx, mark.y, h);
        break;
      case 'span':
        paths.solid.rect(mark.xStart, mark.y - h / 4, width, h / 2);
        shapes.add(cx, mark.y, h * 0.8);
        break;
      case 'reduced':
        paths.band.rect(mark.xStart, mark.y - h / 2, width, h);
        break;
      case 'uncertain': {
        if (mark.interval.openStart || mark.interval.openEnd) paths.fading.push(mark as Mark<unknown>);
        else paths.band.rect(mark.xStart, mark.y - h * 0.3, width, h * 0.6);
        if (!mark.interval.openStart) shapes.add(mark.xStart, mark.y, h * 0.7);
        if (!mark.interval.openEnd) shapes.add(mark.xEnd, mark.y, h * 0.7);
        break;
      }
    }
  }
  return { alpha, byKind };
}

/**
 * One kind's bands, ranges and bars, at an opacity `alpha`: bands at the bottom, then ranges, then bars. Drawn
 * `beneath` what is there (`destination-over`), they go in the reverse of that order.
 */
function drawBars(
  context: CanvasRenderingContext2D,
  paths: KindPaths,
  color: string,
  alpha: number,
  where: 'over' | 'beneath',
): void {
  const parts = [
    () => {
      context.globalAlpha = 0.3 * alpha;
      context.fillStyle = color;
      context.fill(paths.band);
    },
    () => {
      context.globalAlpha = 0.3 * alpha;
      const ranges = where === 'over' ? paths.fading : [...paths.fading].reverse();
      for (const mark of ranges) fillFadingRange(context, mark, color);
    },
    () => {
      context.globalAlpha = alpha;
      context.fillStyle = color;
      context.fill(paths.solid);
    },
  ];
  for (const part of where === 'over' ? parts : parts.reverse()) part();
}

/** A range with an unknown bound, fading to nothing at that end: a bound nobody knows is never drawn as an edge. */
function fillFadingRange(context: CanvasRenderingContext2D, mark: Mark<unknown>, color: string): void {
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

/** A computed `rgb(r, g, b)` colour with an alpha (so a gradient fades in the colour's hue, not through black). */
function withAlpha(color: string, alpha: number): string {
  const match = /^rgba?\(([^,]+),([^,]+),([^,)]+)/.exec(color);
  return match ? `rgba(${match[1]},${match[2]},${match[3]},${alpha})` : 'transparent';
}

export function clearCanvas(canvas: HTMLCanvasElement): void {
  releaseCanvasMarks(canvas);
  const context = canvas.getContext('2d');
  context?.setTransform(1, 0, 0, 1, 0, 0);
  context?.clearRect(0, 0, canvas.width, canvas.height);
}
