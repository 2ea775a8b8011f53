import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { dataset } from '../../src/data/dataset';
import type { ContactRecord } from '../../src/timeline/options';
import { makeHost, markOf, render } from './timeline-support';

const nodesById = (svg: SVGSVGElement) =>
  new Map(Array.from(svg.querySelectorAll<SVGGElement>('[role="button"]'), (m) => [m.getAttribute('data-id'), m]));

describe('update', () => {
  it('re-joins by key: a kept mark keeps its node, a new option reaches it', () => {
    const { handle } = render();
    const before = nodesById(handle.svg);
    handle.update({ locale: 'ru', markSize: 12 });
    const after = nodesById(handle.svg);
    expect(after.size).toBe(before.size);
    for (const [id, node] of before) expect(after.get(id)).toBe(node);
    expect(markOf(handle.svg, 'karsky-ataturk-1937-06-01').getAttribute('aria-label')).toMatch(/^1 июня 1937 г\., /);
    expect(handle.svg).toBe(handle.svg);
  });

  it('removes the nodes of records no longer given and keeps the others', () => {
    const { handle } = render();
    const before = nodesById(handle.svg);
    const in1939 = dataset.contacts.filter((c) => c.id.includes('1939'));
    handle.update({ data: in1939 });
    const after = nodesById(handle.svg);
    expect([...after.keys()].sort()).toEqual(in1939.map((c) => c.id).sort());
    for (const [id, node] of after) expect(node).toBe(before.get(id));
    expect(handle.svg.isConnected).toBe(true);
  });

  it('draws no data without error, and the data once given', () => {
    const { handle, host } = render<ContactRecord>({ data: [] });
    expect(handle.svg.querySelectorAll('[role="button"]')).toHaveLength(0);
    expect(host.querySelector('tbody')?.textContent).toBe('No rows to show.');
    handle.update({ data: dataset.contacts });
    expect(handle.svg.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('keeps the time shown when the new layout still covers it', () => {
    const { handle } = render();
    handle.zoomTo({ from: '1939-04', to: '1939-05' });
    const domain = handle.domain;
    handle.update({ rowHeight: 30 });
    expect(handle.domain).toEqual(domain);
  });

  it('keeps the layout when only view options change, and lays out again for any other', () => {
    // The layout reads every record's label once; the table's rows keep their details, so no other call comes.
    let labelCalls = 0;
    const label = (contact: ContactRecord) => {
      labelCalls++;
      return contact.summary.text;
    };
    const { handle, host } = render<ContactRecord>({ label });
    handle.zoomTo({ from: '1939-04', to: '1939-05' });
    const domain = handle.domain;
    const before = labelCalls;
    handle.update({ title: 'Contacts, renamed', legend: false, tablePageSize: 10 });
    expect(labelCalls).toBe(before);
    expect(handle.svg.getAttribute('aria-label')).toBe('Contacts, renamed');
    expect(host.querySelector('tbody')?.rows).toHaveLength(10);
    expect(handle.domain).toEqual(domain);
    handle.update({ svgMarkLimit: 1 }); // labels are placed only below this limit: a new layout
    expect(labelCalls).toBe(before + dataset.contacts.length);
    handle.update({ markSize: 12 });
    expect(labelCalls).toBe(before + 2 * dataset.contacts.length);
    handle.update({}); // a refresh, after data changed in place
    expect(labelCalls).toBe(before + 3 * dataset.contacts.length);
  });

  it('throws on an invalid option and leaves the chart as it was', () => {
    const { handle } = render();
    const before = nodesById(handle.svg);
    expect(() => handle.update({ rowHeight: -1 })).toThrow('invalid rowHeight: -1 (expected a positive number)');
    expect(() => handle.update({ colour: 'red' } as never)).toThrow('unknown option: "colour"');
    const after = nodesById(handle.svg);
    for (const [id, node] of before) expect(after.get(id)).toBe(node);
    expect(handle.svg.getAttribute('height')).not.toBeNull();
  });
});

describe('on', () => {
  it('returns an unsubscribe', async () => {
    const { handle } = render();
    const kept = vi.fn();
    const dropped = vi.fn();
    handle.on('zoom', kept);
    const off = handle.on('zoom', dropped);
    off();
    handle.zoomTo({ from: '1938', to: '1938' });
    expect(kept).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
  });

  it('names the events it knows', () => {
    const { handle } = render();
    expect(() => handle.on('brushed' as never, () => {})).toThrow(
      'unknown event: "brushed" (expected "select", "zoom", "focus", "brush")',
    );
  });

  it('fires focus when a mark receives focus', () => {
    const { handle } = render();
    const focus = vi.fn();
    handle.on('focus', focus);
    markOf(handle.svg, 'karsky-ataturk-1937-06-01').focus();
    expect(focus.mock.calls[0]?.[0].record.id).toBe('karsky-ataturk-1937-06-01');
  });
});

describe('destroy', () => {
  it('leaves the host empty and calls no listener afterwards', async () => {
    const host = makeHost();
    const { handle } = render(undefined, host);
    const svg = handle.svg;
    const mark = markOf(svg, 'karsky-ataturk-1937-06-01');
    const listener = vi.fn();
    handle.on('zoom', listener);
    handle.on('select', listener);
    handle.on('focus', listener);
    const disconnect = vi.spyOn(ResizeObserver.prototype, 'disconnect');
    const removed = vi.spyOn(document, 'removeEventListener');
    handle.destroy();
    expect(host.childNodes).toHaveLength(0);
    expect(disconnect).toHaveBeenCalled();
    expect(removed.mock.calls.map((call) => call[0]).sort()).toEqual(
      expect.arrayContaining(['focusin', 'focusout', 'keydown']),
    );
    // The old nodes, put back in the page, no longer answer.
    host.append(svg);
    svg.dispatchEvent(
      new WheelEvent('wheel', { deltaY: -300, clientX: 300, clientY: 50, bubbles: true, cancelable: true }),
    );
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    mark.focus();
    await userEvent.keyboard('{Enter}');
    expect(listener).not.toHaveBeenCalled();
    svg.remove();
    disconnect.mockRestore();
    removed.mockRestore();
    handle.destroy(); // twice is fine
    expect(() => handle.update({})).toThrow('timeline.update: called after destroy()');
    expect(() => handle.on('zoom', () => {})).toThrow('the timeline is destroyed');
  });
});

describe('responsive width', () => {
  it('follows the host when it is resized', async () => {
    const host = makeHost(900);
    const { handle } = render(undefined, host);
    const before = nodesById(handle.svg);
    host.style.setProperty('width', '700px');
    await vi.waitFor(() => expect(handle.svg.getAttribute('width')).toBe('700'));
    for (const [id, node] of before) expect(nodesById(handle.svg).get(id)).toBe(node);
  });

  it('leaves the table and the legend as they are when only the width changes', async () => {
    const host = makeHost(900);
    const { handle } = render({ table: 'visible' }, host);
    const changed: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changed.push(...records));
    for (const part of [host.querySelector('.stc-table-container'), host.querySelector('.stc-timeline__legend')]) {
      if (!part) throw new Error('no table or legend');
      observer.observe(part, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    host.style.setProperty('width', '700px');
    await vi.waitFor(() => expect(handle.svg.getAttribute('width')).toBe('700'));
    changed.push(...observer.takeRecords());
    observer.disconnect();
    expect(changed).toEqual([]);
  });

  it('a zoom writes only what moved: lane bands, rules, label positions and the axis line stay as they were', () => {
    const { handle, host } = render();
    const still = host.querySelectorAll(
      '.stc-timeline__lane-band, .stc-timeline__lane-rule, .stc-timeline__lane-label, .stc-timeline__axis path.domain',
    );
    expect(still.length).toBeGreaterThan(3);
    const observer = new MutationObserver(() => {});
    // A label's text may change (the count of hidden labels, and the name cut to make room for it): not its place.
    for (const part of still) observer.observe(part, { attributes: true });
    handle.zoomTo({ from: '1938-03', to: '1938-08' });
    handle.zoomTo({ from: '1938-04', to: '1938-09' });
    const changed = observer.takeRecords();
    observer.disconnect();
    expect(
      changed.map((record) => `${(record.target as Element).getAttribute('class')} ${record.attributeName}`),
    ).toEqual([]);
  });

  it('measures the host for an automatic width only: reading its width forces a layout of the page', () => {
    const measured = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    try {
      const fixed = makeHost(900);
      const { handle } = render({ width: 500 }, fixed);
      handle.update({ title: 'Fixed' });
      expect(measured.mock.contexts.filter((element) => fixed.contains(element as Node))).toEqual([]);
      expect(handle.svg.getAttribute('width')).toBe('500');

      const automatic = makeHost(900);
      render(undefined, automatic);
      expect(measured.mock.contexts.some((element) => automatic.contains(element as Node))).toBe(true);
    } finally {
      measured.mockRestore();
    }
  });
});
