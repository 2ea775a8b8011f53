// @vitest-environment jsdom
import { scaleUtc } from 'd3-scale';
import { afterEach, describe, expect, it } from 'vitest';
import { svgElement } from '../../../src/shared/svg';
import { type AxisFrame, drawAxis } from '../../../src/timeline/render/axis';

const plot = { left: 100, top: 20, right: 1000, bottom: 320 };
const iso = (date: Date) => date.toISOString().slice(0, 10);

function frame(from: string, to: string, overrides: Partial<AxisFrame> = {}): AxisFrame {
  return { domain: [new Date(from), new Date(to)], plot, format: iso, language: 'en-GB', ...overrides };
}

function groups() {
  const svg = svgElement(document, 'svg');
  const axis = svgElement(document, 'g');
  const grid = svgElement(document, 'g');
  svg.append(grid, axis);
  document.body.append(svg);
  return { axis, grid };
}

/** What d3's UTC scale gives for the frame: the ticks, and where each falls (half a pixel in, at ratio 1). */
function expectedTicks({ domain }: AxisFrame) {
  const scale = scaleUtc().domain(domain).range([plot.left, plot.right]);
  return scale.ticks(Math.floor((plot.right - plot.left) / 90)).map((date) => ({ date, x: scale(date) + 0.5 }));
}

const ticksOf = (axis: SVGGElement) => Array.from(axis.querySelectorAll<SVGGElement>(':scope > g.tick'));
const translateX = (tick: Element) =>
  Number(/^translate\(([^,]+),0\)$/.exec(tick.getAttribute('transform') ?? '')?.[1]);

afterEach(() => {
  document.body.replaceChildren();
  Object.defineProperty(window, 'devicePixelRatio', { value: 1, configurable: true });
});

describe('drawAxis', () => {
  it("draws a tick per tick of d3's UTC scale, where the scale puts it, labelled by the format", () => {
    const { axis } = groups();
    const shown = frame('1937-04-01', '1939-12-31');
    drawAxis(axis, svgElement(document, 'g'), shown);
    const expected = expectedTicks(shown);
    const ticks = ticksOf(axis);
    expect(ticks.map(translateX)).toEqual(expected.map((tick) => tick.x));
    // The first tick names its year unless it is a 1 January (the format then gives the year alone).
    expect(ticks.map((tick) => tick.querySelector('text')?.textContent)).toEqual(
      expected.map(({ date }, index) => (index === 0 ? `${iso(date)} ${date.getUTCFullYear()}` : iso(date))),
    );
    expect(axis.getAttribute('transform')).toBe('translate(0,320)');
    expect(axis.getAttribute('lang')).toBe('en-GB');
    expect(axis.querySelector('path.domain')?.getAttribute('d')).toBe('M100.5,6V0.5H1000.5V6');
  });

  it('does not add the year to a first tick on 1 January', () => {
    const { axis } = groups();
    drawAxis(axis, svgElement(document, 'g'), frame('1937-01-01', '1939-12-31', { format: () => 'label' }));
    expect(ticksOf(axis)[0]?.querySelector('text')?.textContent).toBe('label');
  });

  it('keeps the tick elements from one draw to the next, moving and relabelling them', () => {
    const { axis, grid } = groups();
    drawAxis(axis, grid, frame('1937-01-01', '1939-12-31'));
    const before = ticksOf(axis);
    const domain = axis.querySelector('path.domain');
    const lines = grid.firstElementChild;

    const zoomed = frame('1938-04-01', '1938-07-01');
    drawAxis(axis, grid, zoomed);
    const after = ticksOf(axis);
    const expected = expectedTicks(zoomed);
    expect(after).toHaveLength(expected.length);
    // The ticks both draws have are the same elements; only the extra ones are new.
    const kept = Math.min(before.length, after.length);
    expect(after.slice(0, kept)).toEqual(before.slice(0, kept));
    expect(after.map(translateX)).toEqual(expected.map((tick) => tick.x));
    expect(after[1]?.querySelector('text')?.textContent).toBe(iso(expected[1]?.date as Date));
    expect(axis.querySelector('path.domain')).toBe(domain);
    expect(grid.firstElementChild).toBe(lines);
    expect(axis.querySelectorAll('path.domain')).toHaveLength(1);
  });

  it('removes the ticks a narrower view no longer has', () => {
    const { axis, grid } = groups();
    drawAxis(axis, grid, frame('1938-01-01', '1938-03-01'));
    const many = ticksOf(axis).length;
    drawAxis(axis, grid, frame('1937-01-01', '1939-12-31', { plot: { ...plot, right: 300 } }));
    expect(ticksOf(axis).length).toBeLessThan(many);
    expect(ticksOf(axis)).toHaveLength(axis.querySelectorAll('.tick').length);
  });

  it('draws the grid as one path, a vertical line from the axis to the plot top at each tick', () => {
    const { axis, grid } = groups();
    const shown = frame('1937-04-01', '1939-12-31');
    drawAxis(axis, grid, shown);
    expect(grid.children).toHaveLength(1);
    expect(grid.getAttribute('transform')).toBe('translate(0,320)');
    const path = grid.firstElementChild as SVGPathElement;
    expect(path.getAttribute('d')).toBe(
      expectedTicks(shown)
        .map(({ x }) => `M${x},0V-300`)
        .join(''),
    );
    expect(path.getAttribute('d')).toBe(
      ticksOf(axis)
        .map((tick) => `M${translateX(tick)},0V-300`)
        .join(''),
    );
  });

  it('puts lines on whole pixels, without the half-pixel offset, above a device pixel ratio of 1', () => {
    Object.defineProperty(window, 'devicePixelRatio', { value: 2, configurable: true });
    const { axis, grid } = groups();
    const shown = frame('1937-04-01', '1939-12-31');
    drawAxis(axis, grid, shown);
    expect(ticksOf(axis).map(translateX)).toEqual(expectedTicks(shown).map(({ x }) => x - 0.5));
    expect(axis.querySelector('path.domain')?.getAttribute('d')).toBe('M100,6V0H1000V6');
  });
});
