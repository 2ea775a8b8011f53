// The dense layer's pixel buffer (src/timeline/render/stamp-buffer.ts): its copies must look like the canvas's own
// drawImage, blending included, since they replace it.
import { describe, expect, it } from 'vitest';
import { StampBuffer, type StampPixels, stampPixels } from '../../src/timeline/render/stamp-buffer';

const size = 24;

/** A square bitmap with a translucent disc (edges partly transparent, as a drawn shape's are). */
function disc(color: string, alpha: number): HTMLCanvasElement {
  const image = document.createElement('canvas');
  image.width = image.height = 10;
  const context = image.getContext('2d') as CanvasRenderingContext2D;
  context.globalAlpha = alpha;
  context.fillStyle = color;
  context.beginPath();
  context.arc(5, 5, 4.3, 0, 2 * Math.PI);
  context.fill();
  return image;
}

function blankCanvas(): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  return canvas.getContext('2d') as CanvasRenderingContext2D;
}

function newBuffer(): StampBuffer {
  return new StampBuffer(blankCanvas().createImageData(size, size));
}

/** The largest difference, channel by channel, between two images of the same size. */
function largestDifference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let largest = 0;
  for (let i = 0; i < a.length; i++) largest = Math.max(largest, Math.abs((a[i] as number) - (b[i] as number)));
  return largest;
}

describe('StampBuffer.stamp', () => {
  it('blends overlapping translucent stamps as drawImage does (source-over)', () => {
    const red = disc('rgb(200, 30, 30)', 0.6);
    const blue = disc('rgb(20, 40, 220)', 0.8);
    const placed: [HTMLCanvasElement, number, number][] = [
      [red, 3, 4],
      [blue, 7, 6],
      [red, 9, 9],
    ];

    const reference = blankCanvas();
    for (const [image, x, y] of placed) reference.drawImage(image, x, y);
    const expected = reference.getImageData(0, 0, size, size).data;

    const buffer = newBuffer();
    for (const [image, x, y] of placed)
      buffer.stamp(stampPixels(image) as NonNullable<ReturnType<typeof stampPixels>>, x, y, 0, size);
    const drawn = blankCanvas();
    drawn.putImageData(buffer.image, 0, 0);
    const actual = drawn.getImageData(0, 0, size, size).data;

    expect(actual.some((value) => value !== 0)).toBe(true);
    // The canvas blends premultiplied colours, the buffer straight ones: they round differently, by a few levels.
    expect(largestDifference(actual, expected)).toBeLessThanOrEqual(4);
  });

  it('keeps to the clip columns and the buffer, and clear() empties it', () => {
    const buffer = newBuffer();
    const pixels = stampPixels(disc('rgb(0, 128, 0)', 1));
    if (!pixels) throw new Error('no 2D context for the stamp');
    buffer.stamp(pixels, 2, 2, 5, size); // columns 2–4 are left of the clip
    buffer.stamp(pixels, size - 4, size - 4, 0, size); // partly past the right and bottom edges
    const alphaAt = (x: number, y: number) => buffer.image.data[(y * size + x) * 4 + 3] as number;
    for (let y = 0; y < size; y++) for (let x = 0; x < 5; x++) expect(alphaAt(x, y)).toBe(0);
    expect(alphaAt(7, 7)).toBe(255);
    expect(alphaAt(size - 1, size - 1)).toBe(255);

    buffer.clear();
    expect(buffer.image.data.every((value) => value === 0)).toBe(true);
  });
});

describe('StampBuffer bands', () => {
  /** Opaque and translucent discs, overlapping, some across the rows where 5-row bands meet. */
  const placed = (): [StampPixels, number, number][] => {
    const opaque = stampPixels(disc('rgb(200, 30, 30)', 1)) as StampPixels;
    const translucent = stampPixels(disc('rgb(20, 40, 220)', 0.7)) as StampPixels;
    return [
      [opaque, 1, 1],
      [translucent, 4, 3],
      [opaque, 8, 7],
      [translucent, 10, 12],
      [opaque, 13, 13],
      [translucent, 2, 16],
    ];
  };

  it('blends opaque and translucent stamps as drawImage does', () => {
    const reference = blankCanvas();
    const buffer = newBuffer();
    for (const [pixels, x, y] of placed()) {
      const image = document.createElement('canvas');
      image.width = image.height = pixels.side;
      (image.getContext('2d') as CanvasRenderingContext2D).putImageData(
        new ImageData(new Uint8ClampedArray(pixels.rgba), pixels.side, pixels.side),
        0,
        0,
      );
      reference.drawImage(image, x, y);
      buffer.stamp(pixels, x, y, 0, size);
    }
    const drawn = blankCanvas();
    buffer.putOnto(drawn);
    const expected = reference.getImageData(0, 0, size, size).data;
    expect(largestDifference(drawn.getImageData(0, 0, size, size).data, expected)).toBeLessThanOrEqual(4);
  });

  it('gives, band by band, the pixels one buffer as tall as the canvas gives', () => {
    const whole = blankCanvas();
    const one = newBuffer();
    for (const [pixels, x, y] of placed()) one.stamp(pixels, x, y, 0, size);
    one.putOnto(whole);

    const banded = blankCanvas();
    const band = new StampBuffer(banded.createImageData(size, 5));
    for (let offset = 0; offset < size; offset += band.height) {
      band.moveTo(offset);
      for (const [pixels, x, y] of placed()) band.stamp(pixels, x, y, 0, size);
      band.putOnto(banded);
    }
    const expected = whole.getImageData(0, 0, size, size).data;
    const actual = banded.getImageData(0, 0, size, size).data;
    expect(expected.some((value) => value !== 0)).toBe(true);
    expect(largestDifference(actual, expected)).toBe(0);
  });
});
