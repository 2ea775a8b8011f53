/**
 * Export from the page, in Chromium: toSVG() gives a file a browser decodes, whose colours are the ones the page
 * computes from theme.css (light and dark); toPNG() gives a PNG of the size asked; download() clicks a temporary link.
 */
import '../../src/shared/theme.css';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChord } from '../../src/bundled/create-chord';
import { createTimeline } from '../../src/bundled/create-timeline';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function host(theme: 'light' | 'dark'): HTMLDivElement {
  const div = document.createElement('div');
  div.dataset.theme = theme;
  div.style.setProperty('width', '800px');
  document.body.append(div);
  cleanups.push(() => div.remove());
  return div;
}

function timeline(theme: 'light' | 'dark') {
  const handle = createTimeline(host(theme), { width: 800 });
  cleanups.push(() => handle.destroy());
  return handle;
}

function chord(theme: 'light' | 'dark') {
  const handle = createChord(host(theme), { width: 600 });
  cleanups.push(() => handle.destroy());
  return handle;
}

/** Any CSS colour as `rgb(r, g, b)`, as getComputedStyle gives it. */
function rgb(color: string | null): string {
  const probe = document.createElement('div');
  probe.style.setProperty('color', color ?? '');
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

function parse(text: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc.documentElement as unknown as SVGSVGElement;
}

async function decodes(text: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  return image;
}

describe.each(['light', 'dark'] as const)('toSVG in the %s theme', (theme) => {
  it('timeline: decodes as an image; marks, lanes and text have the page colours', async () => {
    const handle = timeline(theme);
    const text = await handle.toSVG();
    const image = await decodes(text);
    expect(image.naturalWidth).toBe(800);
    const exported = parse(text);
    for (const selector of [
      '.stc-kind--meeting:not(.stc-timeline__mark--inferred) .stc-timeline__symbol',
      '.stc-timeline__mark--inferred .stc-timeline__symbol',
      '.stc-timeline__lane--odd .stc-timeline__lane-band',
      '.stc-timeline__lane-label',
    ]) {
      const live = handle.svg.querySelector(selector);
      const copy = exported.querySelector(selector);
      expect(live, selector).not.toBeNull();
      const style = getComputedStyle(live as Element);
      expect(rgb(copy?.getAttribute('fill') ?? null), `${selector} fill`).toBe(style.fill);
      if (style.stroke !== 'none')
        expect(rgb(copy?.getAttribute('stroke') ?? null), `${selector} stroke`).toBe(style.stroke);
    }
  });

  it('chord: arcs, ribbons and labels have the page colours and opacities', async () => {
    const handle = chord(theme);
    const text = await handle.toSVG();
    await decodes(text);
    const exported = parse(text);
    for (const selector of [
      '.stc-chord__arc[data-key="turkey"]',
      '.stc-chord__arc[data-key="ussr"]',
      '.stc-chord__ribbon',
      '.stc-chord__label',
    ]) {
      const live = handle.svg.querySelector(selector) as Element;
      const copy = exported.querySelector(selector) as Element;
      const style = getComputedStyle(live);
      expect(rgb(copy.getAttribute('fill')), `${selector} fill`).toBe(style.fill);
      expect(Number(copy.getAttribute('fill-opacity') ?? 1)).toBeCloseTo(Number(style.fillOpacity));
    }
  });
});

describe('toPNG and download', () => {
  it('toPNG gives a PNG of the chart times the scale', async () => {
    const handle = chord('light');
    const blob = await handle.toPNG({ scale: 1.5 });
    expect(blob.type).toBe('image/png');
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).toEqual([900, 900]);
  });

  it('download creates, clicks and removes an <a download>', async () => {
    const handle = timeline('light');
    const clicked: { name: string; href: string; connected: boolean }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, href: this.href, connected: this.isConnected });
    });
    cleanups.push(() => click.mockRestore());
    await handle.download('svg');
    await handle.download('png', 'contacts.png');
    expect(clicked).toEqual([
      { name: 'timeline.svg', href: expect.stringMatching(/^blob:/), connected: true },
      { name: 'contacts.png', href: expect.stringMatching(/^blob:/), connected: true },
    ]);
    expect(document.querySelector('a[download]')).toBeNull();
    await expect(handle.download('pdf' as 'svg')).rejects.toThrow(/^timeline\.download: invalid format "pdf"/);
  });
});
