import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { dataset } from '../../src/data/dataset';
import { contactsInSpan } from '../../src/data/filter';
import type { TimelineBrushEvent, TimelineHandle } from '../../src/timeline/create-timeline';
import type { ContactRecord } from '../../src/timeline/options';
import { markOf, render } from './timeline-support';

const dayMs = 86_400_000;
const button = (host: HTMLElement, name: string) =>
  host.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`) as HTMLButtonElement;
const brushGroup = (handle: { readonly svg: SVGSVGElement }) =>
  handle.svg.querySelector<SVGGElement>('.stc-timeline__brush');
const selectionRect = (handle: { readonly svg: SVGSVGElement }) =>
  handle.svg.querySelector<SVGRectElement>('.stc-timeline__brush .selection') as SVGRectElement;

function brushEvents(handle: TimelineHandle<ContactRecord>) {
  const listener = vi.fn<(event: TimelineBrushEvent<ContactRecord>) => void>();
  handle.on('brush', listener);
  return listener;
}

/** Drags over the brush's overlay from x0 to x1 (offsets from the svg's left), at the height of the first lane. */
function drag(handle: { readonly svg: SVGSVGElement }, x0: number, x1: number): void {
  const overlay = handle.svg.querySelector('.stc-timeline__brush .overlay') as SVGRectElement;
  const box = handle.svg.getBoundingClientRect();
  const y = overlay.getBoundingClientRect().top + 6;
  const init = { bubbles: true, cancelable: true, view: window, button: 0, clientY: y };
  overlay.dispatchEvent(new MouseEvent('mousedown', { ...init, clientX: box.left + x0 }));
  window.dispatchEvent(new MouseEvent('mousemove', { ...init, clientX: box.left + (x0 + x1) / 2 }));
  window.dispatchEvent(new MouseEvent('mousemove', { ...init, clientX: box.left + x1 }));
  window.dispatchEvent(new MouseEvent('mouseup', { ...init, clientX: box.left + x1 }));
}

const ids = (records: readonly ContactRecord[]) => records.map((record) => record.id).sort();

describe('brush', () => {
  it('is off by default: no brush layer, no Selection buttons, and brushTo says why it cannot', () => {
    const { handle, host } = render();
    expect(brushGroup(handle)).toBeNull();
    expect(host.querySelector('[role="group"][aria-label="Selection"]')?.hasAttribute('hidden')).toBe(true);
    expect(button(host, 'Select the time shown').checkVisibility()).toBe(false);
    expect(() => handle.brushTo({ from: '1938', to: '1938' })).toThrow(
      'timeline.brushTo: the brush is off (set the brush option to true)',
    );
    expect(handle.brushed).toBeNull();
  });

  it('a drag over the background selects whole days, emits brush once at the end, and does not pan', () => {
    const { handle } = render({ brush: true });
    const listener = brushEvents(handle);
    const domain = handle.domain.map(Number);
    drag(handle, 300, 600);
    expect(handle.domain.map(Number)).toEqual(domain);
    expect(listener).toHaveBeenCalledTimes(1);
    const event = listener.mock.calls[0]?.[0] as TimelineBrushEvent<ContactRecord>;
    const { from, to } = event.selection as { from: Date; to: Date };
    expect(Math.abs(+from % dayMs)).toBe(0);
    expect(Math.abs(+to % dayMs)).toBe(0);
    expect(+to - +from).toBeGreaterThan(60 * dayMs);
    expect(event.days).toEqual({
      from: from.toISOString().slice(0, 10),
      to: new Date(+to - dayMs).toISOString().slice(0, 10),
    });
    // The records are those the dataset's own filter finds for the same days (open bounds count as possibly inside).
    const days = event.days as { from: string; to: string };
    expect(ids(event.records)).toEqual(ids(contactsInSpan(dataset.contacts, days, 'overlaps')));
    expect(event.records.length).toBeGreaterThan(0);
    // Their ids, in the same order, from the id accessor.
    expect(event.ids).toEqual(event.records.map((record) => record.id));
    expect(handle.brushed).toEqual(event.selection);
    const rect = selectionRect(handle);
    expect(rect.checkVisibility()).toBe(true);
    expect(Number(rect.getAttribute('width'))).toBeCloseTo(300, -1);
  });

  it('a click on the background without a drag clears the selection', () => {
    const { handle } = render({ brush: true });
    handle.brushTo({ from: '1938-03', to: '1938-05' });
    const listener = brushEvents(handle);
    drag(handle, 400, 400);
    expect(listener).toHaveBeenCalledWith({ selection: null, days: null, records: [], ids: [] });
    expect(handle.brushed).toBeNull();
    expect(selectionRect(handle).checkVisibility()).toBe(false);
  });

  it('brushTo selects ISO days (both included) and emits; the selection stays on its days while zooming', () => {
    const { handle } = render({ brush: true });
    const listener = brushEvents(handle);
    handle.brushTo({ from: '1938-12-02', to: '1938-12-02' });
    expect(listener.mock.calls[0]?.[0].days).toEqual({ from: '1938-12-02', to: '1938-12-02' });
    expect(ids(listener.mock.calls[0]?.[0].records ?? [])).toContain('kalinin-apaydin-1938-12-02');
    const contains = () => {
      const rect = selectionRect(handle).getBoundingClientRect();
      const mark = markOf(handle.svg, 'kalinin-apaydin-1938-12-02').getBoundingClientRect();
      const centre = mark.left + mark.width / 2;
      return rect.width > 0 && rect.left <= centre && centre <= rect.right;
    };
    expect(contains()).toBe(true);
    handle.zoomTo({ from: '1938-11', to: '1938-12' });
    expect(selectionRect(handle).getBoundingClientRect().width).toBeGreaterThan(10);
    expect(contains()).toBe(true);
    // Panned out of view, nothing is drawn, but the span is still selected.
    handle.zoomTo({ from: '1937-04', to: '1937-05' });
    expect(selectionRect(handle).checkVisibility()).toBe(false);
    expect(handle.brushed?.from.toISOString()).toBe('1938-12-02T00:00:00.000Z');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('brushTo validates its span and clears with null', () => {
    const { handle } = render({ brush: true });
    const listener = brushEvents(handle);
    expect(() => handle.brushTo({ from: 'spring', to: '1938' })).toThrow(/^timeline\.brushTo: invalid from: "spring"/);
    expect(() => handle.brushTo({ from: '1939', to: '1938' })).toThrow(
      'timeline.brushTo: invalid span (expected to after from)',
    );
    expect(() => handle.brushTo({ from: '1950', to: '1951' })).toThrow('outside the time the timeline covers');
    expect(listener).not.toHaveBeenCalled();
    handle.brushTo({ from: new Date('1938-03-10T12:00Z'), to: new Date('1938-03-11T06:00Z') });
    expect(handle.brushed).toEqual({ from: new Date('1938-03-10'), to: new Date('1938-03-12') });
    handle.brushTo(null);
    expect(handle.brushed).toBeNull();
    expect(listener).toHaveBeenLastCalledWith({ selection: null, days: null, records: [], ids: [] });
  });

  it('from the keyboard: Select takes the time shown, Clear clears it; both are announced', async () => {
    const { handle, host } = render({ brush: true });
    const listener = brushEvents(handle);
    const select = button(host, 'Select the time shown');
    const clear = button(host, 'Clear the selection');
    expect(clear.disabled).toBe(true);
    handle.zoomTo({ from: '1939-04', to: '1939-06' });
    select.focus();
    await userEvent.keyboard('{Enter}');
    expect(listener.mock.calls[0]?.[0].days).toEqual({ from: '1939-04-01', to: '1939-06-30' });
    const status = host.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(status.textContent).toMatch(/^Selected 1 April 1939 to 30 June 1939: \d+ records?\.$/);
    expect(clear.disabled).toBe(false);
    await userEvent.tab();
    expect(document.activeElement).toBe(clear);
    await userEvent.keyboard('{Enter}');
    expect(listener).toHaveBeenLastCalledWith({ selection: null, days: null, records: [], ids: [] });
    expect(status.textContent).toBe('Selection cleared.');
    // Clear is disabled now: focus moved to Select rather than being lost.
    expect(document.activeElement).toBe(select);
  });

  it('update turns the brush off and on; the marks stay above it and keep their clicks', () => {
    const { handle, host } = render({ brush: true });
    const selected = vi.fn();
    handle.on('select', selected);
    const mark = markOf(handle.svg, 'kalinin-apaydin-1938-12-02');
    const box = mark.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(mark.contains(hit)).toBe(true);
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(selected).toHaveBeenCalledTimes(1);
    handle.brushTo({ from: '1938', to: '1938' });
    const listener = brushEvents(handle);
    handle.update({ brush: false });
    expect(listener).toHaveBeenCalledWith({ selection: null, days: null, records: [], ids: [] });
    expect(brushGroup(handle)).toBeNull();
    expect(button(host, 'Select the time shown').checkVisibility()).toBe(false);
    handle.update({ brush: true });
    expect(brushGroup(handle)).not.toBeNull();
    expect(handle.brushed).toBeNull();
  });

  it('an update whose data no longer covers the selection clears it and says so', () => {
    const { handle } = render({ brush: true });
    handle.brushTo({ from: '1937-04', to: '1937-05' });
    const listener = brushEvents(handle);
    handle.update({
      data: dataset.contacts.filter((contact) => contact.id.endsWith('1939') || /1939-/.test(contact.id)),
    });
    expect(listener).toHaveBeenLastCalledWith({ selection: null, days: null, records: [], ids: [] });
  });

  it('destroy removes the brush and its listeners; axe finds no violations with a selection', async () => {
    const { handle, host } = render({ brush: true });
    handle.brushTo({ from: '1938-03', to: '1938-08' });
    const results = await axe.run(host);
    expect(results.violations.map((v) => v.id)).toEqual([]);
    const group = brushGroup(handle) as SVGGElement;
    handle.destroy();
    expect(group.isConnected).toBe(false);
    expect(host.childElementCount).toBe(0);
  });
});
