import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { createChord } from '../../src/bundled/create-chord';
import { dataset } from '../../src/data/dataset';
import { arcOf, arcsIn, makeHost, render, ribbonOf, ribbonsIn } from './chord-support';

const nodesByKey = (svg: SVGSVGElement) =>
  new Map(
    Array.from(svg.querySelectorAll<SVGPathElement>('.stc-chord__mark'), (node) => [
      node.getAttribute('data-key'),
      node,
    ]),
  );
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const in1939 = dataset.contacts.filter((contact) => contact.id.includes('1939'));

describe('update', () => {
  it('re-joins by key: kept groups and ribbons keep their nodes, gone ones are removed, new options reach them', () => {
    const { handle } = render();
    const before = nodesByKey(handle.svg);
    handle.update({ data: in1939 });
    const after = nodesByKey(handle.svg);
    expect(after.size).toBeLessThan(before.size);
    for (const [key, node] of after) expect(node).toBe(before.get(key));
    expect(arcOf(handle.svg, 'turkey').getAttribute('aria-label')).toMatch(/^Turkey: \d+ contacts; with USSR /);
    handle.update({ data: dataset.contacts, padAngle: 0.1 });
    const again = nodesByKey(handle.svg);
    for (const [key, node] of after) expect(again.get(key)).toBe(node);
    expect(again.size).toBe(before.size);
  });

  it('keeps each polity’s colour when a filter hides others', () => {
    const { handle } = render();
    const colour = (key: string) => arcOf(handle.svg, key).style.getPropertyValue('color');
    const romania = colour('romania');
    handle.update({ data: dataset.contacts.filter((contact) => !contact.polities.includes('bulgaria')) });
    expect(() => arcOf(handle.svg, 'bulgaria')).toThrow();
    expect(colour('romania')).toBe(romania);
  });

  it('keeps the keyboard’s place: the mark Tab returns to stays the same node', async () => {
    const { handle } = render();
    arcOf(handle.svg, 'turkey').focus();
    handle.update({ padAngle: 0.08 });
    expect(handle.svg.querySelectorAll('[tabindex="0"]')).toEqual(expect.objectContaining({ length: 1 }));
    expect(handle.svg.querySelector('[tabindex="0"]')).toBe(arcOf(handle.svg, 'turkey'));
    expect(document.activeElement).toBe(arcOf(handle.svg, 'turkey'));
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(arcOf(handle.svg, 'ussr'));
  });

  it('throws on an invalid option and leaves the chart as it was', () => {
    const { handle } = render();
    const before = handle.svg.innerHTML;
    expect(() => handle.update({ threshold: 1 })).toThrow(
      'invalid threshold: 1 (expected a number in [0, 1): a share of the total weight)',
    );
    expect(() => handle.update({ table: 'none' as never })).toThrow('invalid table: "none"');
    expect(() => handle.update({ colour: 'red' } as never)).toThrow('unknown option: "colour"');
    expect(() => handle.update({ weight: () => -1 })).toThrow(/invalid weight -1/);
    expect(handle.svg.innerHTML).toBe(before);
  });

  it('switches to directed and back, and the table follows', () => {
    const { handle, host } = render();
    handle.update({ directed: true });
    expect(arcsIn(handle.svg)).toHaveLength(3);
    expect(host.querySelector('th')?.textContent).toBe('Polity (sender)');
    handle.update({ directed: false, by: 'person' });
    expect(arcsIn(handle.svg).length).toBeGreaterThan(30);
    expect(host.querySelector('th')?.textContent).toBe('Person');
  });
});

describe('createChord: invalid arguments', () => {
  it('throws for what is not an element, and for options it cannot draw, leaving the host untouched', () => {
    const host = makeHost();
    host.append(document.createTextNode('kept'));
    expect(() => createChord(null as never)).toThrow('createChord: the first argument must be a DOM Element');
    expect(() => createChord(host, [] as never)).toThrow('createChord: invalid options (expected an object)');
    expect(() => createChord(host, { by: 'kind' as never })).toThrow(
      'invalid by: "kind" (expected "polity", "person" or a function)',
    );
    expect(() => createChord(host, { data: [{ id: 1 }] as never })).toThrow(/^invalid data\[0\]: /);
    expect(() => createChord(host, { groupLabel: () => 3 as never })).toThrow(
      'groupLabel returned 3 for "bulgaria" (expected a string)',
    );
    expect(Array.from(host.childNodes, (node) => node.textContent)).toEqual(['kept']);
    expect(host.classList).toHaveLength(0);
  });
});

describe('on', () => {
  it('returns an unsubscribe, and names the events it knows', async () => {
    const { handle } = render();
    const kept = vi.fn();
    const dropped = vi.fn();
    handle.on('select', kept);
    const off = handle.on('select', dropped);
    off();
    arcOf(handle.svg, 'turkey').focus();
    await userEvent.keyboard('{Enter}');
    expect(kept).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
    expect(() => handle.on('zoom' as never, () => {})).toThrow('unknown event: "zoom" (expected "select", "focus")');
  });
});

describe('highlight', () => {
  it('fades the groups and ribbons carrying none of the contacts, says how many, and clears with null', () => {
    const { handle, host } = render();
    const bulgarian = dataset.contacts.filter((contact) => contact.polities.includes('bulgaria')).map((c) => c.id);
    const result = handle.highlight([...bulgarian, 'no-such-contact']);
    expect(result).toEqual({ count: 2, missing: ['no-such-contact'] });
    const dimmed = Array.from(handle.svg.querySelectorAll('.stc-chord__mark--dimmed'), (node) =>
      node.getAttribute('data-key'),
    );
    // Bulgaria, the USSR and their ribbon carry them; everything else fades.
    expect(dimmed).not.toContain('bulgaria');
    expect(dimmed).not.toContain('ussr');
    expect(dimmed).not.toContain(JSON.stringify(['bulgaria', 'ussr']));
    expect(dimmed).toHaveLength(arcsIn(handle.svg).length + ribbonsIn(handle.svg).length - 3);
    expect(host.querySelector('.stc-chord')?.classList).toContain('stc-chord--highlighting');
    expect(host.querySelector('[aria-live="polite"]')?.textContent).toBe('2 contacts highlighted.');
    expect(Number(getComputedStyle(arcOf(handle.svg, 'turkey')).opacity)).toBeLessThan(1);

    handle.update({ padAngle: 0.06 }); // kept across updates
    expect(ribbonOf(handle.svg, 'turkey', 'ussr').classList).toContain('stc-chord__mark--dimmed');

    expect(handle.highlight(null)).toEqual({ count: 0, missing: [] });
    expect(handle.svg.querySelectorAll('.stc-chord__mark--dimmed')).toHaveLength(0);
    expect(host.querySelector('[aria-live="polite"]')?.textContent).toBe('Highlight cleared.');
  });

  it('rejects what is not a list of ids', () => {
    const { handle } = render();
    expect(() => handle.highlight('turkey' as never)).toThrow(
      'chord.highlight: invalid contactIds (expected an iterable of contact ids, or null)',
    );
  });
});

describe('filter', () => {
  it('draws only the contacts given, keeps the title and the nodes, reports what it did not find, and undoes', () => {
    const { handle, host } = render();
    const before = nodesByKey(handle.svg);
    const title = handle.svg.getAttribute('aria-label');
    const result = handle.filter([...in1939.map((contact) => contact.id), 'no-such-contact']);
    expect(result).toEqual({ count: in1939.length, missing: ['no-such-contact'] });
    expect(handle.svg.getAttribute('aria-label')).toBe(title);
    expect(handle.svg.querySelector('desc')?.textContent).toMatch(
      new RegExp(`^A chord diagram of ${in1939.length} contacts among `),
    );
    for (const [key, node] of nodesByKey(handle.svg)) expect(node).toBe(before.get(key));
    expect(host.querySelector('[aria-live="polite"]')?.textContent).toBe(
      `Showing ${in1939.length} of ${dataset.contacts.length} contacts.`,
    );
    // The table shows the matrix drawn.
    const turkey = host.querySelector('tr[data-key="turkey"]') as HTMLTableRowElement;
    expect(turkey.cells[turkey.cells.length - 1]?.textContent).not.toBe('40');

    handle.update({ padAngle: 0.06 }); // kept across updates
    expect(handle.svg.querySelector('desc')?.textContent).toMatch(new RegExp(`of ${in1939.length} contacts`));

    expect(handle.filter(null)).toEqual({ count: dataset.contacts.length, missing: [] });
    expect(nodesByKey(handle.svg).size).toBe(before.size);
    expect(host.querySelector('[aria-live="polite"]')?.textContent).toBe(
      `Showing all ${dataset.contacts.length} contacts.`,
    );
  });

  it('clearing a filter or a highlight that is not there changes nothing and announces nothing', () => {
    const { handle, host } = render();
    const before = nodesByKey(handle.svg);
    const status = host.querySelector('[aria-live="polite"]') as HTMLElement;
    status.textContent = 'before';
    expect(handle.filter(null)).toEqual({ count: dataset.contacts.length, missing: [] });
    expect(handle.highlight(null)).toEqual({ count: 0, missing: [] });
    expect(status.textContent).toBe('before');
    for (const [key, node] of nodesByKey(handle.svg)) expect(node).toBe(before.get(key));
  });

  it('a filter whose layout fails leaves the chart as it was', () => {
    let fail = false;
    const { handle } = render({
      weight: () => {
        if (fail) throw new RangeError('weight unavailable');
        return 1;
      },
    });
    const before = handle.svg.querySelectorAll('.stc-chord__ribbon').length;
    fail = true;
    expect(() => handle.filter(['karsky-ataturk-1937-06-01'])).toThrow('weight unavailable');
    fail = false;
    expect(handle.svg.querySelectorAll('.stc-chord__ribbon')).toHaveLength(before);
    // The failed filter was not kept: a resize or update redraws everything, not the one contact.
    handle.update({ padAngle: 0.05 });
    expect(handle.svg.querySelectorAll('.stc-chord__ribbon')).toHaveLength(before);
  });

  it('an empty filter shows the empty state; a bad argument is named', () => {
    const { handle, host } = render();
    expect(handle.filter([])).toEqual({ count: 0, missing: [] });
    expect(host.querySelector('.stc-chord__empty')?.textContent).toBe('No contacts to draw.');
    expect(() => handle.filter(42 as never)).toThrow(
      'chord.filter: invalid contactIds (expected an iterable of contact ids, or null)',
    );
  });
});

describe('destroy', () => {
  it('leaves the host empty and calls no listener afterwards', async () => {
    const host = makeHost();
    const { handle } = render(undefined, host);
    const svg = handle.svg;
    const arc = arcOf(svg, 'turkey');
    const listener = vi.fn();
    handle.on('select', listener);
    handle.on('focus', listener);
    arc.focus(); // a tooltip open, a focus event
    listener.mockClear();
    const disconnect = vi.spyOn(ResizeObserver.prototype, 'disconnect');
    const removed = vi.spyOn(document, 'removeEventListener');
    handle.destroy();
    expect(host.childNodes).toHaveLength(0);
    expect(host.classList).toHaveLength(0);
    expect(disconnect).toHaveBeenCalled();
    expect(removed.mock.calls.map((call) => call[0])).toEqual(
      expect.arrayContaining(['focusin', 'focusout', 'keydown']),
    );
    // The old nodes, put back in the page, no longer answer.
    host.append(svg);
    arc.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    arc.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    arc.focus();
    await userEvent.keyboard('{Enter}');
    expect(listener).not.toHaveBeenCalled();
    expect(svg.querySelectorAll('[tabindex]')).toHaveLength(0);
    svg.remove();
    disconnect.mockRestore();
    removed.mockRestore();
    handle.destroy(); // twice is fine
    expect(() => handle.update({})).toThrow('chord.update: called after destroy()');
    expect(() => handle.highlight(null)).toThrow('chord.highlight: called after destroy()');
    expect(() => handle.filter(null)).toThrow('chord.filter: called after destroy()');
    expect(() => handle.on('select', () => {})).toThrow('on("select"): the chord is destroyed');
  });
});

describe('responsive width', () => {
  it('follows the host when it is resized, keeping its nodes', async () => {
    const host = makeHost(700);
    const { handle } = render(undefined, host);
    const before = nodesByKey(handle.svg);
    host.style.setProperty('width', '500px');
    await vi.waitFor(() => expect(handle.svg.getAttribute('width')).toBe('500'));
    expect(handle.svg.getAttribute('height')).toBe('500');
    for (const [key, node] of nodesByKey(handle.svg)) expect(node).toBe(before.get(key));
  });

  it('keeps a fixed width when the host is resized', async () => {
    const host = makeHost(700);
    const { handle } = render({ width: 600 }, host);
    host.style.setProperty('width', '400px');
    await pause(100);
    expect(handle.svg.getAttribute('width')).toBe('600');
  });
});

describe('transitions', () => {
  afterEach(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  });

  async function emulateReducedMotion(reduce: boolean): Promise<void> {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value: reduce ? 'reduce' : 'no-preference' }],
    });
  }

  /** The computed `d` of the Turkey arc before a filter, just after it, and once settled. */
  async function filterPath(): Promise<{ start: string; early: string; end: string; attribute: string }> {
    const { handle } = render();
    const arc = arcOf(handle.svg, 'turkey');
    const start = getComputedStyle(arc).getPropertyValue('d');
    handle.update({ data: in1939 });
    await pause(120);
    const early = getComputedStyle(arc).getPropertyValue('d');
    await pause(600);
    return { start, early, end: getComputedStyle(arc).getPropertyValue('d'), attribute: arc.getAttribute('d') ?? '' };
  }

  it('animates the paths to their new shapes when the data change', async () => {
    await emulateReducedMotion(false);
    const { start, early, end, attribute } = await filterPath();
    expect(end).not.toBe(start);
    expect(early).not.toBe(start);
    expect(early).not.toBe(end);
    // Settled on the attribute's path.
    expect(
      end
        .replace(/[^\d.-]+/g, ' ')
        .trim()
        .split(' ')
        .map(Number)[0],
    ).toBeCloseTo(Number(/^M([-\d.]+)/.exec(attribute)?.[1]), 1);
  });

  it('jumps to the new shapes under prefers-reduced-motion: reduce', async () => {
    await emulateReducedMotion(true);
    const { handle } = render();
    const arc = arcOf(handle.svg, 'turkey');
    const start = getComputedStyle(arc).getPropertyValue('d');
    handle.update({ data: in1939 });
    await pause(50);
    const early = getComputedStyle(arc).getPropertyValue('d');
    expect(early).not.toBe(start);
    await pause(500);
    expect(getComputedStyle(arc).getPropertyValue('d')).toBe(early);
  });
});
