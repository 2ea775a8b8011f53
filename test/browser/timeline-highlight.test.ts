import { describe, expect, it, vi } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { markOf, render } from './timeline-support';

const dimmed = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll('.stc-timeline__mark--dimmed')].map((node) => node.getAttribute('data-id'));
const ids1939 = dataset.contacts.filter((c) => c.id.includes('1939')).map((c) => c.id);

describe('highlight', () => {
  it('fades every other record, reports what it found and what it did not, and clears with null', () => {
    const { handle, host } = render();
    const result = handle.highlight(['kalinin-apaydin-1938-12-02', 'no-such-contact']);
    expect(result).toEqual({ count: 1, missing: ['no-such-contact'] });
    expect(dimmed(handle.svg)).toHaveLength(dataset.contacts.length - 1);
    expect(markOf(handle.svg, 'kalinin-apaydin-1938-12-02').classList).not.toContain('stc-timeline__mark--dimmed');
    const mark = markOf(handle.svg, 'kalinin-apaydin-1938-12-02');
    const other = markOf(handle.svg, 'karsky-ataturk-1937-06-01');
    expect(getComputedStyle(other).opacity).toBe('0.25');
    expect(getComputedStyle(mark).opacity).toBe('1');
    expect(host.querySelector('[aria-live="polite"]')?.textContent).toBe('1 record highlighted.');
    // Heard, not only seen: the highlighted mark's name says so, the others' do not.
    expect(mark.getAttribute('aria-label')).toMatch(/^Highlighted: \S/);
    expect(other.getAttribute('aria-label')).not.toMatch(/Highlighted/);
    handle.highlight(null);
    expect(dimmed(handle.svg)).toEqual([]);
    expect(mark.getAttribute('aria-label')).not.toMatch(/Highlighted/);
    expect(host.querySelector('[aria-live="polite"]')?.textContent).toBe('Highlight cleared.');
  });

  it('clearing when nothing is highlighted changes nothing and announces nothing', () => {
    const { handle, host } = render();
    const status = host.querySelector('[aria-live="polite"]') as HTMLElement;
    status.textContent = 'before';
    expect(handle.highlight(null)).toEqual({ count: 0, missing: [] });
    expect(status.textContent).toBe('before');
    expect(dimmed(handle.svg)).toEqual([]);
  });

  it('with zoom: true, shows the time the highlighted records cover', () => {
    const { handle } = render();
    const zoomed = vi.fn();
    handle.on('zoom', zoomed);
    handle.highlight(ids1939, { zoom: true });
    const [from, to] = handle.domain;
    expect(from.getUTCFullYear()).toBeGreaterThanOrEqual(1938);
    expect(to.getUTCFullYear()).toBeLessThanOrEqual(1940);
    expect(zoomed).toHaveBeenCalledTimes(1);
    for (const id of ids1939) expect(markOf(handle.svg, id).getBoundingClientRect().width).toBeGreaterThan(0);
  });

  it('keeps the highlight across zooms and updates, and on the canvas layer', () => {
    const { handle, host } = render({ svgMarkLimit: 1 });
    const canvas = host.querySelector('canvas') as HTMLCanvasElement;
    const plain = canvas.toDataURL();
    handle.highlight(['kalinin-apaydin-1938-12-02']);
    const faded = canvas.toDataURL();
    expect(faded).not.toBe(plain);
    handle.zoomTo({ from: '1938', to: '1938' });
    handle.update({ svgMarkLimit: 1500 });
    expect(dimmed(handle.svg).length).toBeGreaterThan(0);
    expect(dimmed(handle.svg)).not.toContain('kalinin-apaydin-1938-12-02');
  });

  it('rejects what is not a list of ids', () => {
    const { handle } = render();
    expect(() => handle.highlight('kalinin' as never)).toThrow(
      'timeline.highlight: invalid ids (expected an iterable of record ids, or null)',
    );
  });
});
