// Touch, motion and theme: the paths that depend on the device and the reader's settings, driven through Chromium's
// DevTools protocol (real touch events, emulated media) rather than by calling the component's internals.
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { render } from './timeline-support';

const span = (handle: { readonly domain: [Date, Date] }) => +handle.domain[1] - +handle.domain[0];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(async () => {
  // Emulation belongs to the page, not the test: undo it for the files that run after this one.
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false });
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

async function emulateReducedMotion(reduce: boolean): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-reduced-motion', value: reduce ? 'reduce' : 'no-preference' }],
  });
}

/** A double-click on the plot, 500 px from the chart's left edge. */
function doubleClick(svg: SVGSVGElement): void {
  const box = svg.getBoundingClientRect();
  const init = { bubbles: true, cancelable: true, view: window, clientX: box.left + 500, clientY: box.top + 40 };
  svg.dispatchEvent(new MouseEvent('dblclick', init));
}

describe('touch', () => {
  it('a two-finger pinch zooms in around the fingers', async () => {
    const session = cdp();
    // d3-zoom listens to touch only where the device has touch: emulate it before the chart is made.
    await session.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    const { handle } = render();
    const before = span(handle);
    const box = handle.svg.getBoundingClientRect();
    const x = box.left + 500;
    const y = box.top + 40;
    const fingers = (apart: number) => [
      { x: x - apart, y, id: 1 },
      { x: x + apart, y, id: 2 },
    ];
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
    for (const apart of [50, 80, 110, 140]) {
      await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(apart) });
    }
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    // Fingers 7× further apart: the span shown shrinks by several times.
    expect(span(handle)).toBeLessThan(before / 3);
  });
});

describe('prefers-reduced-motion', () => {
  it('a double-click zooms at once under reduce, and animates otherwise', async () => {
    await emulateReducedMotion(true);
    const reduced = render().handle;
    const base = span(reduced);
    doubleClick(reduced.svg);
    expect(span(reduced) / base).toBeCloseTo(0.5, 5);

    await emulateReducedMotion(false);
    const animated = render().handle;
    doubleClick(animated.svg);
    expect(span(animated) / base).toBeCloseTo(1, 5); // nothing yet: the transition starts on the next frame
    await pause(600);
    expect(span(animated) / base).toBeCloseTo(0.5, 5);
  });

  it('follows the setting when it changes while the chart is shown', async () => {
    await emulateReducedMotion(false);
    const { handle } = render();
    const base = span(handle);
    await emulateReducedMotion(true);
    // Media query changes are reported during the next rendering update.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    doubleClick(handle.svg);
    expect(span(handle) / base).toBeCloseTo(0.5, 5);
  });
});

describe('theme', () => {
  it('the canvas layer redraws in the new colours when data-theme changes on an ancestor', async () => {
    // svgMarkLimit 1: the canvas draws every mark.
    const { host } = render({ svgMarkLimit: 1 });
    const canvas = host.querySelector('canvas') as HTMLCanvasElement;
    expect(canvas.hidden).toBe(false);
    const light = canvas.toDataURL();
    document.documentElement.dataset.theme = 'dark';
    await pause(0); // the observer reports after the attribute changes, in a microtask
    const dark = canvas.toDataURL();
    expect(dark).not.toBe(light);
    document.documentElement.dataset.theme = 'light';
    await pause(0);
    expect(canvas.toDataURL()).toBe(light);
  });
});
