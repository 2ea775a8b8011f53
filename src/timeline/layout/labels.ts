import type { MeasureText } from '../../shared/measure-text';

/** What label placement reads from a mark. */
export interface LabelledExtent {
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly lane: string;
  /** The text; an empty string means no label (neither drawn nor counted as hidden). */
  readonly label: string;
}

/** A label shown to the right of its mark, its text box starting at `x` (vertically centred on `y`). */
export interface PlacedLabel<M> {
  readonly mark: M;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

export interface LabelPlacement<M> {
  readonly labels: PlacedLabel<M>[];
  /** Per lane key, the labels of marks in view that had no room (for a "+N more"); every lane given is present. */
  readonly hidden: Map<string, number>;
}

/** The first mark of a row (sorted by x, non-overlapping, so x1 grows too) whose right edge reaches `left`. */
function firstReaching<M extends LabelledExtent>(row: readonly M[], left: number): number {
  let low = 0;
  let high = row.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((row[mid] as M).x1 < left) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How many marks reach into `[left, right]`, counting no further than `stopAbove + 1`. */
function marksInView<M extends LabelledExtent>(
  rows: readonly (readonly M[])[],
  bounds: { readonly left: number; readonly right: number },
  stopAbove: number,
): number {
  let count = 0;
  for (const row of rows) {
    for (let i = firstReaching(row, bounds.left); i < row.length && (row[i] as M).x0 <= bounds.right; i++) {
      if (++count > stopAbove) return count;
    }
  }
  return count;
}

/**
 * Places each mark's label to its right, `gap` after the mark, and shows it only if it ends `gap` before the next mark
 * of its row and inside the plot; otherwise it is hidden and counted for its lane. Since every label stays left of the
 * next mark, labels can overlap neither each other nor a mark of their row. Only marks that reach into
 * `[left, right]` are considered, so after a zoom the counts describe what is in view.
 *
 * @param rows each row's marks sorted by `x0`, not overlapping (what `packRows` gives).
 */
export function placeLabels<M extends LabelledExtent>(
  rows: readonly (readonly M[])[],
  bounds: { readonly left: number; readonly right: number },
  gap: number,
  measure: MeasureText,
  laneKeys?: readonly string[],
): LabelPlacement<M>;
/**
 * With `maxMarks`: null, placing nothing, when more than `maxMarks` marks are in view (the timeline then draws them on
 * a canvas, which has no labels: measuring thousands of texts for nothing was most of a dense render's time).
 */
export function placeLabels<M extends LabelledExtent>(
  rows: readonly (readonly M[])[],
  bounds: { readonly left: number; readonly right: number },
  gap: number,
  measure: MeasureText,
  laneKeys: readonly string[],
  maxMarks: number,
): LabelPlacement<M> | null;
export function placeLabels<M extends LabelledExtent>(
  rows: readonly (readonly M[])[],
  bounds: { readonly left: number; readonly right: number },
  gap: number,
  measure: MeasureText,
  laneKeys: readonly string[] = [],
  maxMarks = Number.POSITIVE_INFINITY,
): LabelPlacement<M> | null {
  if (maxMarks < Number.POSITIVE_INFINITY && marksInView(rows, bounds, maxMarks) > maxMarks) return null;
  const labels: PlacedLabel<M>[] = [];
  const hidden = new Map<string, number>(laneKeys.map((key) => [key, 0]));
  for (const row of rows) {
    for (let i = firstReaching(row, bounds.left); i < row.length; i++) {
      const mark = row[i] as M;
      if (mark.x0 > bounds.right) break;
      if (mark.label === '') continue;
      const next = row[i + 1];
      const x = mark.x1 + gap;
      const limit = next ? Math.min(next.x0 - gap, bounds.right) : bounds.right;
      // With no room at all the label is hidden whatever its width, so it is not measured: in dense rows most are.
      const width = x <= limit ? measure(mark.label) : Number.POSITIVE_INFINITY;
      if (x + width <= limit) {
        labels.push({ mark, text: mark.label, x, y: mark.y, width });
      } else {
        hidden.set(mark.lane, (hidden.get(mark.lane) ?? 0) + 1);
      }
    }
  }
  return { labels, hidden };
}
