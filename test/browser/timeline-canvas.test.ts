// The dense layer's drawing, read back from the canvas's pixels: each shape is a stamp copied at the mark, solid for
// a stated date and hollow (the background inside, the kind's colour around) for an inferred one.
import { describe, expect, it } from 'vitest';
import type { TimelineDateInput } from '../../src/timeline/options';
import { render } from './timeline-support';

interface Dot {
  id: string;
  date: TimelineDateInput;
}

/** The `[r, g, b]` of a computed `rgb(…)` colour. */
function rgb(color: string): number[] {
  return (color.match(/\d+/g) ?? []).slice(0, 3).map(Number);
}

function draw(dots: Dot[]) {
  const { handle, host } = render<Dot>({
    data: dots,
    id: (dot) => dot.id,
    date: (dot) => dot.date,
    lane: () => 'one lane',
    label: (dot) => dot.id,
    kind: () => 'meeting',
    from: '1938-01-01',
    to: '1938-12-31',
    svgMarkLimit: 1, // every mark on the canvas
    table: false,
    legend: false,
  });
  const canvas = host.querySelector('canvas') as HTMLCanvasElement;
  expect(canvas.hidden).toBe(false);
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  const probe = handle.svg.querySelector('.stc-timeline__probes .stc-kind--meeting') as Element;
  const color = rgb(getComputedStyle(probe).color);
  /** Pixels of the kind's colour, near enough (edges are blended), in columns [x0, x1) of the bitmap. */
  const colored = (x0 = 0, x1 = canvas.width) => {
    let count = 0;
    for (let y = 0; y < canvas.height; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * canvas.width + x) * 4;
        const near = color.every((value, c) => Math.abs((pixels.data[i + c] as number) - value) <= 8);
        if (near && (pixels.data[i + 3] as number) > 240) count++;
      }
    }
    return count;
  };
  return { colored };
}

describe('the dense canvas layer', () => {
  it('stamps a solid shape of the kind colour at each mark', () => {
    // Two marks at least: with svgMarkLimit 1, a single mark is drawn as SVG.
    const two = draw([
      { id: 'a', date: '1938-02-01' },
      { id: 'b', date: '1938-04-01' },
    ]).colored();
    const four = draw([
      { id: 'a', date: '1938-02-01' },
      { id: 'b', date: '1938-04-01' },
      { id: 'c', date: '1938-08-01' },
      { id: 'd', date: '1938-10-01' },
    ]).colored();
    expect(two).toBeGreaterThan(2 * 20); // filled shapes, not outlines
    expect(four).toBeGreaterThanOrEqual(2 * two - 4);
    expect(four).toBeLessThanOrEqual(2 * two + 4);
  });

  it('draws an inferred date hollow: an outline of the kind colour, not a filled shape', () => {
    const solid = draw([
      { id: 'a', date: '1938-03-01' },
      { id: 'b', date: '1938-09-01' },
    ]).colored();
    const hollow = draw([
      { id: 'a', date: { when: '1938-03-01', basis: 'inferred' } },
      { id: 'b', date: { when: '1938-09-01', basis: 'inferred' } },
    ]).colored();
    expect(hollow).toBeGreaterThan(2 * 5);
    expect(hollow).toBeLessThan(solid * 0.8);
  });

  it('redraws from nothing on every frame: after a zoom, the canvas is what a chart drawn at that time shows', () => {
    const dots = Array.from({ length: 24 }, (_, i) => ({
      id: `d${i}`,
      date: `1938-${String((i % 12) + 1).padStart(2, '0')}-${i < 12 ? '05' : '20'}`,
    }));
    const base = {
      data: dots,
      id: (dot: Dot) => dot.id,
      date: (dot: Dot) => dot.date,
      lane: () => 'one lane',
      label: (dot: Dot) => dot.id,
      kind: () => 'meeting',
      svgMarkLimit: 1,
      table: false as const,
      legend: false,
    };
    const zoomed = render<Dot>({ ...base, from: '1938-01-01', to: '1938-12-31' });
    zoomed.handle.zoomTo({ from: '1938-03-01', to: '1938-09-30' });
    const [from, to] = zoomed.handle.domain;
    const direct = render<Dot>({ ...base, from, to });
    const pixelsOf = (host: HTMLElement) => {
      const canvas = host.querySelector('canvas') as HTMLCanvasElement;
      expect(canvas.hidden).toBe(false);
      return (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height).data;
    };
    const after = pixelsOf(zoomed.host);
    const fresh = pixelsOf(direct.host);
    expect(after.length).toBe(fresh.length);
    let differing = 0;
    for (let i = 0; i < after.length; i++) if (after[i] !== fresh[i]) differing++;
    expect(differing).toBe(0);
  });

  it('paints no shape over the margin: marks at the edge are cut at the plot', () => {
    const left = 100;
    const { host } = render<Dot>({
      data: [
        { id: 'edge', date: '1938-01-01' },
        { id: 'inside', date: '1938-06-01' },
      ],
      id: (dot) => dot.id,
      date: (dot) => dot.date,
      lane: () => 'one lane',
      label: (dot) => dot.id,
      kind: () => 'meeting',
      from: '1938-01-01', // the first mark is centred on the plot's left edge
      to: '1938-12-31',
      margin: { left },
      svgMarkLimit: 1,
      table: false,
      legend: false,
    });
    const canvas = host.querySelector('canvas') as HTMLCanvasElement;
    const ratio = canvas.width / Number.parseFloat(getComputedStyle(canvas).width);
    const pixels = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
      0,
      0,
      canvas.width,
      canvas.height,
    );
    const paintedIn = (x0: number, x1: number) => {
      let count = 0;
      for (let y = 0; y < canvas.height; y++) {
        for (let x = x0; x < x1; x++) if ((pixels.data[(y * canvas.width + x) * 4 + 3] as number) > 0) count++;
      }
      return count;
    };
    const edge = Math.round(left * ratio);
    expect(paintedIn(edge, edge + Math.round(6 * ratio))).toBeGreaterThan(0); // the cut mark's right half
    expect(paintedIn(0, edge)).toBe(0);
  });
});
