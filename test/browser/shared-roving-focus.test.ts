import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createRovingFocus, type RovingFocus } from '../../src/shared/roving-focus';

const SVG = 'http://www.w3.org/2000/svg';

/** Two lanes of circles, listed in time order: a(1) b(2, lane 1) c(4) d(5, lane 1) e(9). */
const marks = [
  { id: 'a', lane: 0, time: 1 },
  { id: 'b', lane: 1, time: 2 },
  { id: 'c', lane: 0, time: 4 },
  { id: 'd', lane: 1, time: 5 },
  { id: 'e', lane: 0, time: 9 },
];

let root: HTMLDivElement;
const focusers: RovingFocus[] = [];

function setup(onMove = vi.fn()) {
  root = document.createElement('div');
  const before = document.createElement('button');
  before.textContent = 'before';
  const after = document.createElement('button');
  after.textContent = 'after';
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '200');
  svg.setAttribute('height', '60');
  const circles = marks.map((m) => {
    const circle = document.createElementNS(SVG, 'circle');
    circle.setAttribute('cx', String(m.time * 20));
    circle.setAttribute('cy', String(15 + m.lane * 30));
    circle.setAttribute('r', '8');
    circle.setAttribute('role', 'img');
    circle.setAttribute('aria-label', `mark ${m.id}`);
    circle.id = m.id;
    svg.append(circle);
    return circle;
  });
  root.append(before, svg, after);
  document.body.append(root);
  const roving = createRovingFocus(svg, circles, {
    lane: (i) => marks[i]?.lane ?? 0,
    time: (i) => marks[i]?.time ?? 0,
    onMove,
  });
  focusers.push(roving);
  return { before, after, svg, circles, roving, onMove };
}

const tabbable = (elements: Element[]) => elements.filter((e) => e.getAttribute('tabindex') === '0').map((e) => e.id);
const focusedId = () => (document.activeElement as Element | null)?.id;

afterEach(() => {
  for (const f of focusers.splice(0)) f.destroy();
  root?.remove();
});

describe('createRovingFocus in Chromium', () => {
  it('gives exactly one SVG mark tabindex 0, so Tab lands on it and leaves on the next Tab', async () => {
    const { before, after, circles } = setup();
    expect(tabbable(circles)).toEqual(['a']);
    expect(circles.filter((c) => c.getAttribute('tabindex') === '-1')).toHaveLength(4);
    before.focus();
    await userEvent.tab();
    expect(focusedId()).toBe('a');
    await userEvent.tab();
    expect(document.activeElement).toBe(after);
  });

  it('moves focus and tabindex with the arrow keys, across lanes by time', async () => {
    const { circles, onMove } = setup();
    circles[0]?.focus();
    const path: string[] = [];
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowRight', 'Home', 'End']) {
      await userEvent.keyboard(`{${key}}`);
      path.push(focusedId() as string);
      expect(tabbable(circles)).toEqual([focusedId()]);
    }
    // a → c; down from c(4) to d(5); d is the last of lane 1; up from d(5) to c(4); c → e; Home a; End e
    expect(path).toEqual(['c', 'd', 'd', 'c', 'e', 'a', 'e']);
    expect(onMove.mock.calls.map(([index]) => marks[index]?.id)).toEqual(['c', 'd', 'c', 'e', 'a', 'e']);
    expect(onMove.mock.calls[0]?.[1]).toBe(circles[2]);
  });

  it('returns to the last active mark when Tab comes back, and Shift+Tab leaves backwards', async () => {
    const { before, after, circles } = setup();
    circles[0]?.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    after.focus();
    await userEvent.tab({ shift: true });
    expect(focusedId()).toBe('e');
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(before);
  });

  it('keeps the arrows from scrolling the page, and leaves other keys alone', async () => {
    const { svg, circles } = setup();
    const seen: [string, boolean][] = [];
    // Listening on the document, after the binding's own listener on the svg.
    const record = (event: KeyboardEvent) => seen.push([event.key, event.defaultPrevented]);
    document.addEventListener('keydown', record);
    try {
      circles[4]?.focus();
      await userEvent.keyboard('{ArrowRight}{ArrowLeft}{Enter}');
    } finally {
      document.removeEventListener('keydown', record);
    }
    expect(seen).toEqual([
      ['ArrowRight', true], // at the end of the lane: no move, but still the chart's key
      ['ArrowLeft', true],
      ['Enter', false],
    ]);
    expect(svg.contains(document.activeElement)).toBe(true);
  });

  it('makes a clicked mark the active one', async () => {
    const { circles, onMove } = setup();
    await userEvent.click(circles[3] as SVGCircleElement);
    expect(focusedId()).toBe('d');
    expect(tabbable(circles)).toEqual(['d']);
    expect(onMove).toHaveBeenCalledWith(3, circles[3], expect.any(FocusEvent));
  });

  it('setActive moves the tab stop, and focuses only when asked', () => {
    const { circles, roving } = setup();
    roving.setActive(2);
    expect(tabbable(circles)).toEqual(['c']);
    expect(focusedId()).not.toBe('c');
    roving.setActive(1, { focus: true });
    expect(focusedId()).toBe('b');
    expect(() => roving.setActive(9)).toThrow('roving focus: invalid index 9 (expected an integer from 0 to 4)');
  });

  it('update keeps the active element when it is still there', () => {
    const { circles, roving } = setup();
    roving.setActive(2); // c
    const kept = [circles[4], circles[2], circles[0]] as SVGCircleElement[];
    roving.update(kept);
    expect(roving.active).toBe(1);
    expect(tabbable(kept)).toEqual(['c']);
    expect(circles[1]?.hasAttribute('tabindex')).toBe(false); // dropped items lose the attribute
    roving.update([circles[3]] as SVGCircleElement[]);
    expect(tabbable(circles)).toEqual(['d']);
    roving.update([]);
    expect(roving.active).toBe(-1);
  });

  it('destroy removes its tabindex attributes and its listeners', async () => {
    const { circles, roving, onMove } = setup();
    circles[0]?.focus();
    roving.destroy();
    expect(circles.some((c) => c.hasAttribute('tabindex'))).toBe(false);
    circles[0]?.setAttribute('tabindex', '0');
    circles[0]?.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedId()).toBe('a');
    expect(onMove).not.toHaveBeenCalled();
    expect(() => roving.update(circles)).toThrow('roving focus: update() after destroy()');
  });
});
