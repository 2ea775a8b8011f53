import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ChordFocusEvent, ChordSelectEvent } from '../../src/chord/create-chord';
import { dataset } from '../../src/data/dataset';
import { arcOf, arcsIn, focusedKey, render, ribbonOf, ribbonsIn } from './chord-support';

const tooltipOf = (host: HTMLElement) => host.querySelector<HTMLElement>('[role="tooltip"]') as HTMLElement;
const opacity = (element: Element) => Number(getComputedStyle(element).opacity);
const ribbonKey = (a: string, b: string) => JSON.stringify([a, b].sort());

/**
 * A point of the SVG where `mark` is the topmost element, relative to the SVG's top-left (what Playwright's
 * `position` takes): a point of the mark's outline, moved a few pixels toward the ring's centre.
 */
function pointOn(svg: SVGSVGElement, mark: SVGPathElement): { x: number; y: number } {
  const length = mark.getTotalLength();
  const matrix = mark.getScreenCTM() as DOMMatrix;
  const box = svg.getBoundingClientRect();
  for (let at = 0; at < length; at += 2) {
    const p = mark.getPointAtLength(at);
    const r = Math.hypot(p.x, p.y);
    if (r < 10) continue;
    const inside = new DOMPoint((p.x * (r - 3)) / r, (p.y * (r - 3)) / r);
    if (!mark.isPointInFill(inside)) continue;
    const client = inside.matrixTransform(matrix);
    if (document.elementFromPoint(client.x, client.y) === mark)
      return { x: client.x - box.left, y: client.y - box.top };
  }
  throw new Error(`no point of ${mark.getAttribute('data-key')} is on top`);
}

describe('keyboard', () => {
  it('Tab reaches the chart on one group; Tab again leaves it', async () => {
    const { handle, host } = render();
    const before = document.createElement('button');
    before.textContent = 'before';
    host.before(before);
    before.focus();
    await userEvent.tab();
    expect(focusedKey()).toBe('bulgaria');
    expect(handle.svg.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await userEvent.tab();
    expect(handle.svg.contains(document.activeElement)).toBe(false);
    before.remove();
  });

  it('Left and Right go around the ring, Home and End to its ends; Up and Down between groups and links', async () => {
    const { handle } = render();
    arcOf(handle.svg, 'bulgaria').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedKey()).toBe('france');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}'); // the first group stays
    expect(focusedKey()).toBe('bulgaria');
    await userEvent.keyboard('{End}');
    expect(focusedKey()).toBe('ussr');
    // Down: the link nearest on the ring, here the USSR's contacts within itself; Up: back to the group.
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedKey()).toBe(ribbonKey('ussr', 'ussr'));
    await userEvent.keyboard('{Home}');
    expect(focusedKey()).toBe(ribbonKey('bulgaria', 'ussr'));
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedKey()).toBe(ribbonKey('france', 'greece'));
    await userEvent.keyboard('{ArrowUp}');
    expect(focusedKey()).toBe('france');
    expect(handle.svg.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('every group and ribbon is reachable: Right from the first visits all, in ring order', async () => {
    const { handle } = render();
    arcOf(handle.svg, 'bulgaria').focus();
    const groups = ['bulgaria'];
    for (let i = 1; i < arcsIn(handle.svg).length; i++) {
      await userEvent.keyboard('{ArrowRight}');
      groups.push(focusedKey() as string);
    }
    expect(groups).toEqual(['bulgaria', 'france', 'greece', 'poland', 'romania', 'turkey', 'ussr']);
    await userEvent.keyboard('{ArrowDown}{Home}');
    const ribbons = new Set([focusedKey()]);
    for (let i = 1; i < ribbonsIn(handle.svg).length; i++) {
      await userEvent.keyboard('{ArrowRight}');
      ribbons.add(focusedKey());
    }
    expect(ribbons.size).toBe(ribbonsIn(handle.svg).length);
  });
});

describe('emphasis on hover and focus', () => {
  it('pointing at a group fades the ribbons not touching it; leaving brings them back', async () => {
    const { handle, host } = render();
    const turkey = arcOf(handle.svg, 'turkey');
    await userEvent.hover(handle.svg, { position: pointOn(handle.svg, turkey) });
    const root = host.querySelector('.stc-chord') as HTMLElement;
    expect(root.classList).toContain('stc-chord--emphasis');
    const touching = ribbonOf(handle.svg, 'turkey', 'ussr');
    const apart = ribbonOf(handle.svg, 'bulgaria', 'ussr');
    expect(touching.classList).toContain('stc-chord__ribbon--related');
    expect(apart.classList).not.toContain('stc-chord__ribbon--related');
    await vi.waitFor(() => expect(opacity(apart)).toBeCloseTo(0.12, 2));
    expect(opacity(touching)).toBe(1);
    expect(tooltipOf(host).hidden).toBe(false);
    expect(tooltipOf(host).textContent).toMatch(/^Turkey37 contacts/);

    // Out of the chart, onto an element above it.
    const outside = document.createElement('button');
    outside.textContent = 'outside';
    host.before(outside);
    await userEvent.hover(outside);
    outside.remove();
    expect(root.classList).not.toContain('stc-chord--emphasis');
    await vi.waitFor(() => expect(opacity(apart)).toBe(1));
    expect(tooltipOf(host).hidden).toBe(true);
  });

  it('focus on a ribbon fades every other ribbon and marks its two groups', async () => {
    const { handle } = render();
    const ribbon = ribbonOf(handle.svg, 'romania', 'ussr');
    ribbon.focus();
    const related = Array.from(handle.svg.querySelectorAll('.stc-chord__ribbon--related'));
    expect(related).toEqual([ribbon]);
    const marked = Array.from(handle.svg.querySelectorAll('.stc-chord__arc--related'), (arc) =>
      arc.getAttribute('data-key'),
    );
    expect(marked.sort()).toEqual(['romania', 'ussr']);
    await vi.waitFor(() => expect(opacity(ribbonOf(handle.svg, 'turkey', 'ussr'))).toBeCloseTo(0.12, 2));
    const outline = getComputedStyle(arcOf(handle.svg, 'romania'));
    expect(outline.strokeWidth).toBe('1.5px');
    // Focus leaving the chart ends the emphasis.
    ribbon.blur();
    expect(handle.svg.querySelectorAll('.stc-chord__ribbon--related')).toHaveLength(0);
  });

  it('shows a visible focus ring on the focused mark', async () => {
    const { handle } = render();
    arcOf(handle.svg, 'bulgaria').focus();
    await userEvent.keyboard('{ArrowRight}');
    const style = getComputedStyle(arcOf(handle.svg, 'france'));
    expect(style.strokeWidth).toBe('3px');
    expect(style.stroke).not.toBe(getComputedStyle(arcOf(handle.svg, 'greece')).stroke);
  });
});

describe('tooltip', () => {
  it('lists a ribbon’s first eight contacts with dates as stated, counts the rest, and cites the documents', () => {
    const { handle, host } = render();
    ribbonOf(handle.svg, 'turkey', 'ussr').focus();
    const tip = tooltipOf(host);
    expect(tip.hidden).toBe(false);
    expect(tip.querySelector('.stc-chord__tip-title')?.textContent).toBe('Turkey – USSR');
    expect(tip.querySelector('.stc-chord__tip-count')?.textContent).toBe('36 contacts');
    const items = Array.from(tip.querySelectorAll('.stc-chord__tip-contacts li'), (li) => li.textContent);
    expect(items).toHaveLength(8);
    expect(items[0]).toBe(
      '15 April 1937 — Conversation of the commissar for foreign affairs with the Turkish ambassador.',
    );
    expect(items[1]).toMatch(/^25 April 1937 \(inferred\) — /);
    expect(items[4]).toMatch(/^before 25 May 1937 \(inferred\) — /);
    // Long summaries are cut at a word.
    expect(items.every((item) => (item ?? '').length < 160)).toBe(true);
    expect(tip.textContent).toContain('and 28 more');
    const sources = Array.from(tip.querySelectorAll('.stc-chord__tip-sources li'), (li) => li.textContent);
    expect(sources[0]).toMatch(/^Record of a conversation .*: https:\/\/istmat\.org\/node\/37468$/);
    // The ribbon is described by the tooltip while it shows.
    expect(ribbonOf(handle.svg, 'turkey', 'ussr').getAttribute('aria-describedby')).toBe(tip.id);
  });

  it('for a group: its name and count; for the merged group, what it merged', () => {
    const { handle, host } = render({ threshold: 0.05 });
    arcOf(handle.svg, 'other').focus();
    const tip = tooltipOf(host);
    expect(tip.querySelector('.stc-chord__tip-title')?.textContent).toBe('other (4)');
    expect(tip.textContent).toContain('Merged: Bulgaria, France, Greece, Poland');
    expect(tip.querySelectorAll('.stc-chord__tip-contacts li')).toHaveLength(4);
  });

  it('gives dates in the locale chosen', () => {
    const { handle, host } = render({ locale: 'ru' });
    arcOf(handle.svg, 'poland').focus();
    expect(tooltipOf(host).querySelector('.stc-chord__tip-date')?.textContent).toMatch(/мая 1939 г\./);
  });

  it('Escape closes it; focus elsewhere hides it', async () => {
    const { handle, host } = render();
    arcOf(handle.svg, 'turkey').focus();
    expect(tooltipOf(host).hidden).toBe(false);
    await userEvent.keyboard('{Escape}');
    expect(tooltipOf(host).hidden).toBe(true);
    await userEvent.keyboard('{ArrowRight}');
    expect(tooltipOf(host).hidden).toBe(false);
    (document.activeElement as SVGElement).blur();
    expect(tooltipOf(host).hidden).toBe(true);
  });
});

describe('events', () => {
  it('a click on a group selects it, with its contacts and their documents', async () => {
    const { handle } = render();
    const selected = vi.fn<(event: ChordSelectEvent) => void>();
    handle.on('select', selected);
    const poland = arcOf(handle.svg, 'poland');
    await userEvent.click(handle.svg, { position: pointOn(handle.svg, poland) });
    expect(selected).toHaveBeenCalledTimes(1);
    const event = selected.mock.calls[0]?.[0] as ChordSelectEvent;
    const expected = dataset.contacts.filter((contact) => contact.polities.includes('poland'));
    expect(event.type).toBe('group');
    expect(event.keys).toEqual(['poland']);
    expect(event.contacts).toEqual(expected);
    expect(event.contacts[0]).toBe(expected[0]); // the data's own objects
    expect(event.documents.map((document) => document.id)).toEqual([...new Set(expected.flatMap((c) => c.documents))]);
    expect(focusedKey()).toBe('poland');
  });

  it('Enter and Space select the focused ribbon: its two groups and its contacts', async () => {
    const { handle } = render();
    const selected = vi.fn<(event: ChordSelectEvent) => void>();
    handle.on('select', selected);
    ribbonOf(handle.svg, 'turkey', 'ussr').focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(selected).toHaveBeenCalledTimes(2);
    const event = selected.mock.calls[0]?.[0] as ChordSelectEvent;
    expect(event.type).toBe('ribbon');
    expect(event.keys).toEqual(['turkey', 'ussr']);
    expect(event.contacts).toHaveLength(36);
    expect(event.contacts.every((c) => c.polities.includes('turkey') && c.polities.includes('ussr'))).toBe(true);
    expect(event.documents.length).toBeGreaterThan(10);
    expect(new Set(event.documents.map((d) => d.id)).size).toBe(event.documents.length);
  });

  it('a directed ribbon gives sender then recipient', async () => {
    const { handle } = render({ directed: true });
    const selected = vi.fn<(event: ChordSelectEvent) => void>();
    handle.on('select', selected);
    ribbonOf(handle.svg, 'ussr', 'bulgaria', true).focus();
    await userEvent.keyboard('{Enter}');
    expect(selected.mock.calls[0]?.[0].keys).toEqual(['ussr', 'bulgaria']);
    expect(selected.mock.calls[0]?.[0].contacts.map((c) => c.id)).toEqual(['potemkin-inonu-request-bulgaria-1939-05']);
  });

  it('fires focus when a group or ribbon receives focus', () => {
    const { handle } = render();
    const focused = vi.fn<(event: ChordFocusEvent) => void>();
    handle.on('focus', focused);
    arcOf(handle.svg, 'greece').focus();
    ribbonOf(handle.svg, 'ussr', 'ussr').focus();
    expect(focused.mock.calls.map(([event]) => [event.type, event.keys, event.contacts.length])).toEqual([
      ['group', ['greece'], 1],
      ['ribbon', ['ussr'], 1],
    ]);
  });
});
