/**
 * A pixel buffer, a band of the canvas's rows, that small bitmaps (stamps) are copied into in JavaScript, then put on
 * the canvas in one call per band. A software canvas spends microseconds on each `drawImage`, however small: thousands
 * of marks in view cost tens of milliseconds a frame. Copying their pixels here costs a fraction of that.
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

/**
 * Reads a square canvas's pixels as a stamp, faded by `alpha` as a whole (as drawImage with globalAlpha fades it:
 * fading a shape's fill and stroke apart would show where they meet).
 */
export function stampPixels(image: HTMLCanvasElement, alpha = 1): StampPixels | null {
  const context = image.getContext('2d');
  if (!context || image.width !== image.height || image.width === 0) return null;
  const rgba = context.getImageData(0, 0, image.width, image.height).data;
  if (alpha < 1) for (let i = 3; i < rgba.length; i += 4) rgba[i] = (rgba[i] as number) * alpha;
  return { side: image.width, rgba, words: new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4) };
}

/**
 * A band of rows of the canvas, as wide as it: stamps are copied into it, then it is put on the canvas, band after band
 * down the canvas. A band, not the whole bitmap: it holds a fraction of the memory (a bitmap is width × height × 4
 * bytes, times the pixel ratio squared), and fresh memory costs a page fault on its first write: on this project's
 * machines, 30 ms of a first render of 10,000 marks.
 */
export class StampBuffer {
  readonly image: ImageData;
  private readonly rgba: Uint8ClampedArray;
  private readonly words: Uint32Array;
  /** The canvas row of the band's first row (`moveTo` sets it). */
  offset = 0;
  /** The band's rows stamped since the last clear (only those need clearing and putting). */
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

  /** Rows in the band. */
  get height(): number {
    return this.image.height;
  }

  /** Clears the band and moves it to start at canvas row `offset`. */
  moveTo(offset: number): void {
    this.clear();
    this.offset = offset;
  }

  /**
   * Puts the rows stamped since the last clear on `context`'s canvas, where they belong (putImageData replaces those
   * pixels, ignoring transform, clip and compositing); the other rows are left as they are.
   */
  putOnto(context: CanvasRenderingContext2D): void {
    if (this.bottom < this.top) return;
    context.putImageData(this.image, 0, this.offset, 0, this.top, this.width, this.bottom - this.top + 1);
  }

  /** Makes every pixel transparent again. */
  clear(): void {
    if (this.bottom >= this.top) this.words.fill(0, this.top * this.width, (this.bottom + 1) * this.width);
    this.top = this.height;
    this.bottom = -1;
  }

  /**
   * Copies `stamp` with its top-left corner at canvas device pixel (`left`, `top`), blended over what is there,
   * keeping to columns [`clipLeft`, `clipRight`) and to the band.
   */
  stamp(stamp: StampPixels, left: number, top: number, clipLeft: number, clipRight: number): void {
    const { width, height, rgba, words } = this;
    const side = stamp.side;
    const bandRow = top - this.offset; // the stamp's top row in the band
    const x0 = Math.max(left, clipLeft, 0);
    const x1 = Math.min(left + side, clipRight, width);
    const y0 = Math.max(bandRow, 0);
    const y1 = Math.min(bandRow + side, height);
    if (x0 >= x1 || y0 >= y1) return;
    if (y0 < this.top) this.top = y0;
    if (y1 - 1 > this.bottom) this.bottom = y1 - 1;
    const from = stamp.rgba;
    const fromWords = stamp.words;
    for (let y = y0; y < y1; y++) {
      let source = (y - bandRow) * side + (x0 - left);
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

/** About how many bytes a band holds, whatever the canvas's width and pixel ratio (but at least one row). */
const bandBytes = 512 * 1024;

/** One band buffer per canvas, replaced when the canvas's bitmap changes width. */
const buffers = new WeakMap<HTMLCanvasElement, StampBuffer>();

/**
 * The canvas's band buffer, made the first time (and again when the canvas's bitmap changes size). It holds what was
 * stamped last: move it (`moveTo`) before stamping.
 */
export function stampBufferFor(canvas: HTMLCanvasElement, context: CanvasRenderingContext2D): StampBuffer {
  const rows = Math.max(1, Math.min(canvas.height, Math.floor(bandBytes / 4 / Math.max(1, canvas.width))));
  let buffer = buffers.get(canvas);
  if (!buffer || buffer.width !== canvas.width || buffer.height !== rows) {
    buffer = new StampBuffer(context.createImageData(canvas.width, rows));
    buffers.set(canvas, buffer);
  }
  return buffer;
}

/** Frees a canvas's buffer (when it no longer draws stamps). */
export function releaseStampBuffer(canvas: HTMLCanvasElement): void {
  buffers.delete(canvas);
}
