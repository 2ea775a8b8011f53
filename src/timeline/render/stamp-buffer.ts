/**
 * A canvas-sized pixel buffer that small bitmaps (stamps) are copied into in JavaScript, then put on the canvas in one
 * call. A software canvas spends microseconds on each `drawImage`, however small: thousands of marks in view cost tens
 * of milliseconds a frame. Copying their pixels here costs a fraction of that.
 *
 * Pixels are RGBA, not premultiplied (as in ImageData); stamps are blended source-over, as `drawImage` would.
 */

/** A bitmap to copy: its pixels, `side` × `side` device pixels. */
export interface StampPixels {
  readonly side: number;
  readonly rgba: Uint8ClampedArray;
  /** The same pixels as words, for copying a whole pixel at once. */
  readonly words: Uint32Array;
}

/** Reads a square canvas's pixels as a stamp. */
export function stampPixels(image: HTMLCanvasElement): StampPixels | null {
  const context = image.getContext('2d');
  if (!context || image.width !== image.height || image.width === 0) return null;
  const rgba = context.getImageData(0, 0, image.width, image.height).data;
  return { side: image.width, rgba, words: new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4) };
}

export class StampBuffer {
  readonly image: ImageData;
  private readonly rgba: Uint8ClampedArray;
  private readonly words: Uint32Array;
  /** The rows stamped since the last clear (only those need clearing). */
  private top: number;
  private bottom = -1;

  constructor(image: ImageData) {
    this.image = image;
    this.rgba = image.data;
    this.words = new Uint32Array(this.rgba.buffer, this.rgba.byteOffset, this.rgba.length / 4);
    this.top = image.height;
  }

  get width(): number {
    return this.image.width;
  }

  get height(): number {
    return this.image.height;
  }

  /**
   * Puts the rows stamped since the last clear on `context`'s canvas, at the same place (putImageData replaces those
   * pixels, ignoring transform, clip and compositing); the other rows are left as they are.
   */
  putOnto(context: CanvasRenderingContext2D): void {
    if (this.bottom < this.top) return;
    context.putImageData(this.image, 0, 0, 0, this.top, this.width, this.bottom - this.top + 1);
  }

  /** Makes every pixel transparent again. */
  clear(): void {
    if (this.bottom >= this.top) this.words.fill(0, this.top * this.width, (this.bottom + 1) * this.width);
    this.top = this.height;
    this.bottom = -1;
  }

  /**
   * Copies `stamp` with its top-left corner at device pixel (`left`, `top`), blended over what is there, keeping to
   * columns [`clipLeft`, `clipRight`) and the buffer.
   */
  stamp(stamp: StampPixels, left: number, top: number, clipLeft: number, clipRight: number): void {
    const { width, height, rgba, words } = this;
    const side = stamp.side;
    const x0 = Math.max(left, clipLeft, 0);
    const x1 = Math.min(left + side, clipRight, width);
    const y0 = Math.max(top, 0);
    const y1 = Math.min(top + side, height);
    if (x0 >= x1 || y0 >= y1) return;
    if (y0 < this.top) this.top = y0;
    if (y1 - 1 > this.bottom) this.bottom = y1 - 1;
    const from = stamp.rgba;
    const fromWords = stamp.words;
    for (let y = y0; y < y1; y++) {
      let source = (y - top) * side + (x0 - left);
      let target = y * width + x0;
      for (let x = x0; x < x1; x++, source++, target++) {
        const alpha = from[source * 4 + 3] as number;
        if (alpha === 0) continue;
        const under = words[target] as number;
        if (alpha === 255 || under === 0) {
          words[target] = fromWords[source] as number;
          continue;
        }
        // Source-over on straight (not premultiplied) colour: a = as + ad (1 − as), c = (cs as + cd ad (1 − as)) / a.
        const t = target * 4;
        const s = source * 4;
        const kept = (rgba[t + 3] as number) * (255 - alpha); // ad (1 − as), scaled by 255²
        const total = alpha * 255 + kept; // a, scaled by 255²
        rgba[t] = ((from[s] as number) * alpha * 255 + (rgba[t] as number) * kept) / total;
        rgba[t + 1] = ((from[s + 1] as number) * alpha * 255 + (rgba[t + 1] as number) * kept) / total;
        rgba[t + 2] = ((from[s + 2] as number) * alpha * 255 + (rgba[t + 2] as number) * kept) / total;
        rgba[t + 3] = total / 255;
      }
    }
  }
}

/** One buffer per canvas, replaced when the canvas's bitmap changes size. */
const buffers = new WeakMap<HTMLCanvasElement, StampBuffer>();

/**
 * The canvas's buffer, made the first time (and again when the canvas's bitmap changes size). It holds what was
 * stamped last: clear it before stamping.
 */
export function stampBufferFor(canvas: HTMLCanvasElement, context: CanvasRenderingContext2D): StampBuffer {
  let buffer = buffers.get(canvas);
  if (!buffer || buffer.width !== canvas.width || buffer.height !== canvas.height) {
    buffer = new StampBuffer(context.createImageData(canvas.width, canvas.height));
    buffers.set(canvas, buffer);
  }
  return buffer;
}

/** Frees a canvas's buffer (when it no longer draws stamps: it is as large as the canvas's bitmap). */
export function releaseStampBuffer(canvas: HTMLCanvasElement): void {
  buffers.delete(canvas);
}
