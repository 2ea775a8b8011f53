import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { dataset } from '../../src/data/dataset';
import type { TimelineHandle } from '../../src/timeline/create-timeline';
import type { ContactRecord } from '../../src/timeline/options';
import { focusedId, markOf, render } from './timeline-support';

const dayMs = 86_400_000;
const span = (handle: { readonly domain: [Date, Date] }) => +handle.domain[1] - +handle.domain[0];
const button = (host: HTMLElement, name: string) =>
  host.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`) as HTMLButtonElement;
const tooltipOf = (host: HTMLElement) => host.querySelector<HTMLElement>('[role="tooltip"]') as HTMLElement;

/** The centre of an element in viewport coordinates. */
function centre(element: Element): { clientX: number; clientY: number } {
  const box = element.getBoundingClientRect();
  return { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
}

describe('keyboard', () => {
  it('Tab reaches the chart after the zoom buttons, on one mark; Tab again leaves it', async () => {
    const { handle, host } = render();
    button(host, 'Reset zoom').focus();
    await userEvent.tab();
    expect(focusedId()).toBe('litvinov-apaydin-1937-04-15');
    expect(handle.svg.contains(document.activeElement)).toBe(true);
    await userEvent.tab();
    expect(handle.svg.contains(document.activeElement)).toBe(false);
  });

  it('arrows move in time within a lane and across lanes; Home and End go to the ends of the lane', async () => {
    const { handle } = render();
    markOf(handle.svg, 'litvinov-apaydin-1937-04-15').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedId()).toBe('karakhan-inonu-1937-04-25');
    await userEvent.keyboard('{ArrowLeft}');
    expect(focusedId()).toBe('litvinov-apaydin-1937-04-15');
    await userEvent.keyboard('{ArrowLeft}'); // the first mark stays
    expect(focusedId()).toBe('litvinov-apaydin-1937-04-15');
    await userEvent.keyboard('{End}');
    expect(focusedId()).toBe('molotov-aktay-1939-12-28');
    await userEvent.keyboard('{ArrowDown}'); // Bulgaria–USSR, nearest in time (two on the same dates: the first)
    expect(focusedId()).toBe('potemkin-bulgarian-statesmen-1939-05');
    await userEvent.keyboard('{ArrowUp}');
    expect(handle.svg.querySelector('[data-lane="turkey–ussr"]')?.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Home}');
    expect(focusedId()).toBe('litvinov-apaydin-1937-04-15');
    // The mark last focused is the one Tab returns to.
    expect(handle.svg.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('Enter and Space select the focused contact, with its documents', async () => {
    const { handle } = render();
    const selected = vi.fn();
    handle.on('select', selected);
    markOf(handle.svg, 'karsky-ataturk-1937-06-01').focus();
    await userEvent.keyboard('{Enter}');
    const contact = dataset.contacts.find((c) => c.id === 'karsky-ataturk-1937-06-01') as ContactRecord;
    expect(selected).toHaveBeenCalledTimes(1);
    const event = selected.mock.calls[0]?.[0];
    expect(event.record).toBe(contact);
    expect(event.lane).toBe('turkey–ussr');
    expect(event.documents.map((d: { id: string }) => d.id)).toEqual([...contact.documents]);
    await userEvent.keyboard(' ');
    expect(selected).toHaveBeenCalledTimes(2);
  });

  it('a click selects and focuses the mark', async () => {
    const { handle } = render();
    const selected = vi.fn();
    handle.on('select', selected);
    await userEvent.click(markOf(handle.svg, 'kalinin-apaydin-1938-12-02'));
    expect(selected.mock.calls[0]?.[0].record.id).toBe('kalinin-apaydin-1938-12-02');
    expect(focusedId()).toBe('kalinin-apaydin-1938-12-02');
  });

  it('moving to a mark out of view pans to it', async () => {
    const { handle } = render();
    handle.zoomTo({ from: '1937-04-01', to: '1937-05-31' });
    markOf(handle.svg, 'charge-saracoglu-1937-05-17').focus();
    const zoomed = span(handle);
    await userEvent.keyboard('{End}');
    expect(focusedId()).toBe('molotov-aktay-1939-12-28');
    const time = Date.UTC(1939, 11, 28);
    expect(+handle.domain[0]).toBeLessThan(time);
    expect(+handle.domain[1]).toBeGreaterThan(time);
    expect(span(handle)).toBeCloseTo(zoomed, -3);
  });
});

describe('tooltip', () => {
  it('on focus shows the date as stated, people with offices, place, the summary marked editorial, a quote and the sources', () => {
    const { handle, host } = render();
    const mark = markOf(handle.svg, 'karsky-ataturk-1937-06-01');
    mark.focus();
    const tip = tooltipOf(host);
    expect(tip.hidden).toBe(false);
    const text = tip.textContent ?? '';
    expect(text).toContain('1 June 1937');
    expect(text).toContain('M. Karsky (Plenipotentiary of the USSR in Turkey)');
    expect(text).toContain('(editorial summary)');
    const contact = dataset.contacts.find((c) => c.id === 'karsky-ataturk-1937-06-01');
    const quote = contact?.evidence.find((e) => e.kind === 'quote');
    expect(quote && 'quote' in quote).toBe(true);
    expect(text).toContain(quote && 'quote' in quote ? quote.quote : '(no quote)');
    expect(tip.querySelector('.stc-timeline__tip-sources')?.textContent).toMatch(/https?:\/\//);
    // Read as the mark's description while it shows.
    expect(mark.getAttribute('aria-describedby')).toBe(tip.id);
  });

  it('shows the place and marks an inferred date', () => {
    const { handle, host } = render();
    markOf(handle.svg, 'litvinov-inonu-london-1937-05').focus();
    const text = tooltipOf(host).textContent ?? '';
    expect(text).toContain('13–14 May 1937 (inferred)');
    expect(text).toContain('talks · London');
  });

  it('Escape closes it; moving focus away hides it', async () => {
    const { handle, host } = render();
    markOf(handle.svg, 'karsky-ataturk-1937-06-01').focus();
    await userEvent.keyboard('{Escape}');
    expect(tooltipOf(host).hidden).toBe(true);
    await userEvent.keyboard('{ArrowRight}');
    expect(tooltipOf(host).hidden).toBe(false);
    (document.activeElement as HTMLElement).blur();
    expect(tooltipOf(host).hidden).toBe(true);
  });

  it('shows on hover and hides when the pointer leaves', async () => {
    const { handle, host } = render();
    await userEvent.hover(markOf(handle.svg, 'kalinin-apaydin-1938-12-02'));
    expect(tooltipOf(host).hidden).toBe(false);
    expect(tooltipOf(host).textContent).toContain('2 December 1938');
    await userEvent.unhover(markOf(handle.svg, 'kalinin-apaydin-1938-12-02'));
    expect(tooltipOf(host).hidden).toBe(true);
  });
});

describe('zoom', () => {
  function zoomed(handle: Pick<TimelineHandle<ContactRecord>, 'on'>) {
    const listener = vi.fn();
    handle.on('zoom', listener);
    return listener;
  }

  it('the wheel zooms in around the pointer and fires zoom with the new domain', () => {
    const { handle } = render();
    const listener = zoomed(handle);
    const before = span(handle);
    const target = markOf(handle.svg, 'kalinin-apaydin-1938-12-02');
    const point = centre(target);
    handle.svg.dispatchEvent(new WheelEvent('wheel', { ...point, deltaY: -300, bubbles: true, cancelable: true }));
    expect(span(handle)).toBeLessThan(before * 0.7);
    const event = listener.mock.calls.at(-1)?.[0];
    expect(event.from).toEqual(handle.domain[0]);
    expect(event.to).toEqual(handle.domain[1]);
    // The day under the pointer stays under it.
    expect(centre(target).clientX).toBeCloseTo(point.clientX, 0);
  });

  it('a drag pans: dragging left shows later times', () => {
    const { handle } = render();
    handle.zoomTo({ from: '1938-01', to: '1938-06' });
    const listener = zoomed(handle);
    const [from] = handle.domain;
    const box = handle.svg.getBoundingClientRect();
    const start = { clientX: box.left + 500, clientY: box.top + 40 };
    const init = { bubbles: true, cancelable: true, view: window, button: 0 };
    handle.svg.dispatchEvent(new MouseEvent('mousedown', { ...init, ...start }));
    window.dispatchEvent(
      new MouseEvent('mousemove', { ...init, clientX: start.clientX - 200, clientY: start.clientY }),
    );
    window.dispatchEvent(new MouseEvent('mouseup', { ...init, clientX: start.clientX - 200, clientY: start.clientY }));
    expect(+handle.domain[0]).toBeGreaterThan(+from + 20 * dayMs);
    expect(listener).toHaveBeenCalled();
  });

  it('+, − and 0 zoom in, out and back when the chart has focus', async () => {
    const { handle } = render();
    const base = span(handle);
    const listener = zoomed(handle);
    markOf(handle.svg, 'kalinin-apaydin-1938-12-02').focus();
    await userEvent.keyboard('+');
    expect(span(handle) / base).toBeCloseTo(0.5, 5);
    await userEvent.keyboard('+');
    await userEvent.keyboard('-');
    expect(span(handle) / base).toBeCloseTo(0.5, 5);
    await userEvent.keyboard('0');
    expect(span(handle)).toBeCloseTo(base, -3);
    expect(listener).toHaveBeenCalledTimes(4);
    // Focus stays on the mark.
    expect(focusedId()).toBe('kalinin-apaydin-1938-12-02');
  });

  it('the on-screen buttons are real buttons that zoom', async () => {
    const { handle, host } = render();
    const base = span(handle);
    const zoomIn = button(host, 'Zoom in');
    expect(zoomIn.tagName).toBe('BUTTON');
    expect(zoomIn.type).toBe('button');
    await userEvent.click(zoomIn);
    expect(span(handle) / base).toBeCloseTo(0.5, 5);
    await userEvent.click(button(host, 'Zoom out'));
    expect(span(handle) / base).toBeCloseTo(1, 5);
    await userEvent.click(zoomIn);
    await userEvent.click(button(host, 'Reset zoom'));
    expect(span(handle) / base).toBeCloseTo(1, 5);
    // A keyboard user hears the new span (after the gesture ends)…
    const status = host.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(status.textContent).toMatch(/^Showing .* to .*\.$/);
    // …and nothing when a gesture ends where the last one did (reset at the widest span).
    status.textContent = 'before';
    await userEvent.click(button(host, 'Reset zoom'));
    expect(span(handle) / base).toBeCloseTo(1, 5);
    expect(status.textContent).toBe('before');
  });

  it('a double-click zooms in', async () => {
    const { handle } = render();
    const base = span(handle);
    const box = handle.svg.getBoundingClientRect();
    handle.svg.dispatchEvent(
      new MouseEvent('dblclick', {
        bubbles: true,
        cancelable: true,
        view: window,
        clientX: box.left + 400,
        clientY: box.top + 60,
      }),
    );
    await vi.waitFor(() => expect(span(handle) / base).toBeCloseTo(0.5, 3));
  });

  it('zoomTo shows the span asked for, fires zoom, and draws only the marks in view (plus the active one)', () => {
    const { handle } = render();
    const listener = zoomed(handle);
    handle.zoomTo({ from: '1939-04', to: '1939-05' });
    expect(handle.domain[0].toISOString()).toBe('1939-04-01T00:00:00.000Z');
    expect(handle.domain[1].toISOString()).toBe('1939-06-01T00:00:00.000Z');
    expect(listener).toHaveBeenCalledTimes(1);
    const drawn = Array.from(handle.svg.querySelectorAll('[role="button"]'), (m) => m.getAttribute('data-id'));
    expect(drawn).toContain('potemkin-apaydin-1939-05-13');
    expect(drawn).toContain('litvinov-apaydin-1937-04-15'); // the active mark keeps its element
    // …in time order in its lane (before the 1939 meeting of the same lane), so Tab still moves forward in time.
    expect(drawn.indexOf('litvinov-apaydin-1937-04-15')).toBeLessThan(drawn.indexOf('potemkin-apaydin-1939-05-13'));
    expect(drawn).not.toContain('molotov-aktay-1939-12-28');
    // The axis now shows days.
    const ticks = Array.from(handle.svg.querySelectorAll('.stc-timeline__axis .tick text'), (t) => t.textContent);
    expect(ticks.some((t) => /^\d+ [A-Z][a-z]{2}$/.test(t ?? ''))).toBe(true);
  });

  it('zoomTo accepts Dates, keeps to the zoom range, and names a bad span', () => {
    const { handle } = render();
    handle.zoomTo({ from: new Date(Date.UTC(1938, 5, 1)), to: new Date(Date.UTC(1938, 5, 2)) });
    // No narrower than 7 days (minZoomSpanDays), centred on what was asked.
    expect(span(handle)).toBeCloseTo(7 * dayMs, -3);
    expect(() => handle.zoomTo({ from: 'June', to: '1939' })).toThrow('timeline.zoomTo: invalid from: "June"');
    expect(() => handle.zoomTo({ from: '1939', to: '1938' })).toThrow(
      'timeline.zoomTo: invalid span (expected to after from)',
    );
  });

  it('is bounded: zooming in stops at minZoomSpanDays, zooming out at the whole timeline', () => {
    const { handle, host } = render({ minZoomSpanDays: 30 });
    const base = span(handle);
    for (let i = 0; i < 12; i++) button(host, 'Zoom in').click();
    expect(span(handle)).toBeCloseTo(30 * dayMs, -4);
    for (let i = 0; i < 14; i++) button(host, 'Zoom out').click();
    expect(span(handle)).toBeCloseTo(base, -3);
  });
});
