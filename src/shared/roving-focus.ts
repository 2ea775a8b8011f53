/**
 * Roving tabindex over a chart's marks: Tab enters the chart on one mark (the only one with tabindex="0"), arrow keys
 * move between marks. Left and Right go back and forward in time within a lane; Up and Down go to the mark nearest in
 * time in the lane above or below; Home and End to a lane's first and last mark (with Ctrl or Cmd: the first and last
 * of all); PageUp and PageDown jump several marks within the lane.
 *
 * `rovingModel` and `nextIndex` are pure (tested in Node); `createRovingFocus` binds them to elements, HTML or SVG.
 */

import { createLifecycle } from './lifecycle';
import { originalTarget } from './shadow-dom';

/** The marks' arrangement, sorted once so each key press costs O(1) or O(log n). */
export interface RovingModel {
  readonly size: number;
  /** Item indices grouped by lane (lanes in ascending order), each lane in time order. */
  readonly order: Int32Array;
  /** Where each lane's run starts in `order`; one entry more than there are lanes. */
  readonly laneStarts: Int32Array;
  /** Each item's position in `order`. */
  readonly position: Int32Array;
  /** Each item's lane, numbered 0… in lane order (empty lanes are skipped). */
  readonly laneOf: Int32Array;
  readonly times: Float64Array;
  /** How far PageUp and PageDown jump. */
  readonly pageSize: number;
}

export interface RovingModelOptions {
  /** The lane of item `index` (any number; lanes are ordered by it, top first). Default: all in one lane. */
  lane?: (index: number) => number;
  /** The time of item `index` (any number). Default: the index, so the given order is the time order. */
  time?: (index: number) => number;
  /** Default 10. */
  pageSize?: number;
}

function checkedNumber(value: number, what: string, index: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TypeError(`rovingModel: ${what} of item ${index} is ${String(value)} (expected a number)`);
  }
  return value;
}

/** Sorts `size` items by lane, then time, then index (so equal times keep the given order). */
export function rovingModel(size: number, options: RovingModelOptions = {}): RovingModel {
  if (!(Number.isInteger(size) && size >= 0)) {
    throw new RangeError(`rovingModel: invalid size ${size} (expected an integer ≥ 0)`);
  }
  const pageSize = options.pageSize ?? 10;
  if (!(Number.isInteger(pageSize) && pageSize >= 1)) {
    throw new RangeError(`rovingModel: invalid pageSize ${pageSize} (expected an integer ≥ 1)`);
  }
  const lanes = new Float64Array(size);
  const times = new Float64Array(size);
  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    lanes[i] = options.lane ? checkedNumber(options.lane(i), 'lane', i) : 0;
    times[i] = options.time ? checkedNumber(options.time(i), 'time', i) : i;
    order[i] = i;
  }
  order.sort(
    (a, b) => (lanes[a] as number) - (lanes[b] as number) || (times[a] as number) - (times[b] as number) || a - b,
  );

  const position = new Int32Array(size);
  const laneOf = new Int32Array(size);
  const starts: number[] = [];
  for (let p = 0; p < size; p++) {
    const item = order[p] as number;
    if (p === 0 || lanes[item] !== lanes[order[p - 1] as number]) starts.push(p);
    position[item] = p;
    laneOf[item] = starts.length - 1;
  }
  starts.push(size);
  return { size, order, laneStarts: Int32Array.from(starts), position, laneOf, times, pageSize };
}

/** A key, or anything with one and its modifiers (a KeyboardEvent). */
export type NavigationKey = string | { key: string; ctrlKey?: boolean; metaKey?: boolean };

/** The first position in lane `lane` whose time is at or after `time` (the lane's end if none). */
function lowerBound(model: RovingModel, lane: number, time: number): number {
  let lo = model.laneStarts[lane] as number;
  let hi = model.laneStarts[lane + 1] as number;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((model.times[model.order[mid] as number] as number) < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The item in lane `lane` nearest in time to `time`: on a tie, the earlier time, then the first in given order. */
function nearestInLane(model: RovingModel, lane: number, time: number): number {
  const start = model.laneStarts[lane] as number;
  const end = model.laneStarts[lane + 1] as number;
  const after = lowerBound(model, lane, time);
  const timeAt = (p: number) => model.times[model.order[p] as number] as number;
  let nearest: number;
  if (after === end) nearest = timeAt(end - 1);
  else if (after === start) nearest = timeAt(start);
  else nearest = timeAt(after) - time < time - timeAt(after - 1) ? timeAt(after) : timeAt(after - 1);
  return model.order[lowerBound(model, lane, nearest)] as number;
}

/**
 * The item a key press moves to from `current`: `current` itself at an edge (the key is still the chart's, so the
 * page must not scroll), or null for a key that is not a navigation key.
 */
export function nextIndex(model: RovingModel, current: number, key: NavigationKey): number | null {
  if (!(Number.isInteger(current) && current >= 0 && current < model.size)) {
    throw new RangeError(
      `nextIndex: invalid current index ${current} (expected an integer from 0 to ${model.size - 1})`,
    );
  }
  const name = typeof key === 'string' ? key : key.key;
  const whole = typeof key !== 'string' && Boolean(key.ctrlKey || key.metaKey);
  const lane = model.laneOf[current] as number;
  const laneStart = model.laneStarts[lane] as number;
  const laneEnd = (model.laneStarts[lane + 1] as number) - 1;
  const here = model.position[current] as number;
  const inLane = (p: number) => model.order[Math.min(laneEnd, Math.max(laneStart, p))] as number;
  const laneCount = model.laneStarts.length - 1;
  switch (name) {
    case 'ArrowRight':
      return inLane(here + 1);
    case 'ArrowLeft':
      return inLane(here - 1);
    case 'ArrowDown':
      return lane + 1 < laneCount ? nearestInLane(model, lane + 1, model.times[current] as number) : current;
    case 'ArrowUp':
      return lane > 0 ? nearestInLane(model, lane - 1, model.times[current] as number) : current;
    case 'PageDown':
      return inLane(here + model.pageSize);
    case 'PageUp':
      return inLane(here - model.pageSize);
    case 'Home':
      return whole ? 0 : inLane(laneStart);
    case 'End':
      return whole ? model.size - 1 : inLane(laneEnd);
    default:
      return null;
  }
}

// ---- DOM binding ----

/** An element that can take focus: any HTML element, or an SVG element (with a tabindex, as this sets). */
export type FocusableElement = HTMLElement | SVGElement;

export interface RovingFocusOptions extends RovingModelOptions {
  /** The item that Tab lands on first. Default 0. */
  active?: number;
  /** Called when a key press or a click moves focus to another item (not for `setActive`). */
  onMove?: (index: number, element: FocusableElement, event: Event) => void;
}

export interface RovingFocus {
  /** The item with tabindex="0", or -1 when there are no items. */
  readonly active: number;
  /** Makes an item the one Tab lands on; `focus: true` also focuses it. */
  setActive(index: number, options?: { focus?: boolean }): void;
  /**
   * New items (e.g. after a data join): the active element stays active if it is still among them. `options`, when
   * given, replace the lane, time and page size.
   */
  update(elements: ArrayLike<FocusableElement>, options?: RovingModelOptions): void;
  /** Removes the listeners and the tabindex attributes this set. */
  destroy(): void;
}

/**
 * Binds roving focus to `elements` (in the given order, usually time order) inside `container`, with two listeners
 * whatever the number of items: keydown on the container, focusin on its document.
 */
export function createRovingFocus(
  container: Element,
  elements: ArrayLike<FocusableElement>,
  options: RovingFocusOptions = {},
): RovingFocus {
  const lifecycle = createLifecycle();
  let items = elements;
  let modelOptions: RovingModelOptions = { lane: options.lane, time: options.time, pageSize: options.pageSize };
  let model = rovingModel(items.length, modelOptions);
  let active = -1;

  function indexOf(target: EventTarget | null): number {
    if (active >= 0 && items[active] === target) return active;
    return Array.prototype.indexOf.call(items, target);
  }

  function activate(index: number): void {
    if (index === active) return;
    items[active]?.setAttribute('tabindex', '-1');
    active = index;
    items[active]?.setAttribute('tabindex', '0');
  }

  function reset(initial: number): void {
    for (let i = 0; i < items.length; i++) (items[i] as FocusableElement).setAttribute('tabindex', '-1');
    active = -1;
    if (items.length > 0) activate(Math.min(Math.max(0, initial), items.length - 1));
  }

  function checkIndex(index: number, what: string): void {
    if (!(Number.isInteger(index) && index >= 0 && index < items.length)) {
      throw new RangeError(
        `roving focus: invalid ${what} ${index} (expected an integer from 0 to ${items.length - 1})`,
      );
    }
  }

  if (options.active !== undefined && items.length > 0) checkIndex(options.active, 'active index');
  reset(options.active ?? 0);

  lifecycle.listen(container, 'keydown', (event: Event) => {
    const keyEvent = event as KeyboardEvent;
    if (keyEvent.altKey || keyEvent.defaultPrevented) return;
    const current = indexOf(keyEvent.target);
    if (current < 0) return; // a key on another control inside the container
    const next = nextIndex(model, current, keyEvent);
    if (next === null) return;
    keyEvent.preventDefault(); // arrows and Page keys must not scroll the page while they move focus
    if (next === current) return;
    activate(next);
    const element = items[next] as FocusableElement;
    element.focus({ preventScroll: true });
    options.onMove?.(next, element, keyEvent);
  });

  // A click (or a script) focusing an item makes it the one Tab returns to. Listened for on the document, not the
  // container: Chromium makes any SVG element with a focus listener focusable, so an <svg> container would become an
  // extra tab stop.
  lifecycle.listen(container.ownerDocument, 'focusin', (event: FocusEvent) => {
    const target = originalTarget(event) as Node | null;
    if (!target || !container.contains(target)) return;
    const index = indexOf(target);
    if (index < 0 || index === active) return;
    activate(index);
    options.onMove?.(index, items[index] as FocusableElement, event);
  });

  lifecycle.add(() => {
    for (let i = 0; i < items.length; i++) (items[i] as FocusableElement).removeAttribute('tabindex');
  });

  return {
    get active() {
      return active;
    },
    setActive(index, { focus = false } = {}) {
      if (lifecycle.destroyed) throw new Error('roving focus: setActive() after destroy()');
      checkIndex(index, 'index');
      activate(index);
      if (focus) (items[index] as FocusableElement).focus({ preventScroll: true });
    },
    update(nextElements, nextOptions) {
      if (lifecycle.destroyed) throw new Error('roving focus: update() after destroy()');
      const kept = active >= 0 ? Array.prototype.indexOf.call(nextElements, items[active]) : -1;
      const incoming = new Set(Array.from(nextElements));
      for (let i = 0; i < items.length; i++) {
        const old = items[i] as FocusableElement;
        if (!incoming.has(old)) old.removeAttribute('tabindex');
      }
      items = nextElements;
      if (nextOptions) modelOptions = nextOptions;
      model = rovingModel(items.length, modelOptions);
      reset(kept >= 0 ? kept : active);
    },
    destroy() {
      lifecycle.destroy();
      active = -1;
    },
  };
}
