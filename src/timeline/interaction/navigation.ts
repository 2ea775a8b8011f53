/**
 * Keyboard navigation over every mark, whether or not it has an element: the pure model of shared/roving-focus
 * (`rovingModel`, `nextIndex`) over the layout's marks, with the active mark kept by key across relayouts. The chart
 * then renders the active mark's element (even off screen, or when the canvas draws the others), pans to it and
 * focuses it. This is why `createRovingFocus`, which needs an element per item, is not used: with 100,000 records only
 * the marks in view have elements.
 */
import { type NavigationKey, nextIndex, type RovingModel, rovingModel } from '../../shared/roving-focus';
import type { Mark } from '../layout/timeline-layout';

export interface MarkNavigation<T> {
  /** The active mark (the one Tab lands on), or null when there are none. */
  readonly active: Mark<T> | null;
  readonly activeIndex: number;
  /** New marks (a relayout): the active mark stays active when its key is still there, else the first mark. */
  setMarks(marks: readonly Mark<T>[]): void;
  /** Makes the mark with `key` active; false when there is no such mark. */
  activate(key: string): boolean;
  /** The mark a key moves to from the active one, or null when the key does not navigate. */
  next(key: NavigationKey): Mark<T> | null;
}

export function createMarkNavigation<T>(initial: readonly Mark<T>[]): MarkNavigation<T> {
  let marks = initial;
  // Built on first use (a key press, a focus): a chart that is only looked at never pays for them.
  let model: RovingModel | null = null;
  let byKey: Map<string, number> | null = null;
  let active = -1;

  function build(list: readonly Mark<T>[]): RovingModel {
    // Lanes top to bottom; in a lane, time order (the layout's order breaks ties, as its marks are in time order).
    return rovingModel(list.length, {
      lane: (i) => (list[i] as Mark<T>).laneIndex,
      time: (i) => (list[i] as Mark<T>).interval.start,
    });
  }

  function indexOf(key: string): number | undefined {
    byKey ??= new Map(marks.map((mark, i) => [mark.key, i]));
    return byKey.get(key);
  }

  const navigation: MarkNavigation<T> = {
    get active() {
      return active >= 0 ? (marks[active] ?? null) : null;
    },
    get activeIndex() {
      return active;
    },
    setMarks(next) {
      const key = active >= 0 ? marks[active]?.key : undefined;
      marks = next;
      model = null;
      byKey = null;
      // Found by a scan rather than the index, which a relayout would otherwise build at once.
      const kept = key === undefined ? -1 : marks.findIndex((mark) => mark.key === key);
      active = kept >= 0 ? kept : marks.length > 0 ? 0 : -1;
    },
    activate(key) {
      const i = indexOf(key);
      if (i === undefined) return false;
      active = i;
      return true;
    },
    next(key) {
      if (active < 0) return null;
      model ??= build(marks);
      const i = nextIndex(model, active, key);
      if (i === null) return null;
      active = i;
      return marks[i] ?? null;
    },
  };
  navigation.setMarks(initial);
  return navigation;
}
