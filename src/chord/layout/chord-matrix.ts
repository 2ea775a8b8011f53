import { type ContactMatrix, type ContactMatrixOptions, contactMatrix } from '../../data/matrix';
import { describeValue } from '../../shared/describe-value';
import type { ChordContact, NormalizedChordOptions } from '../options';

/** The merged "other" group: where it sits and which groups it holds. */
export interface MergedGroup {
  readonly key: string;
  readonly index: number;
  /** The keys merged into it, in their order before merging. */
  readonly merged: readonly string[];
}

/**
 * The matrix the chord draws: `contactMatrix`'s, with the groups under the threshold merged into one. Its cells hold
 * the same units as `contactMatrix`'s (see there: undirected, a contact adds its weight to both cells of every pair of
 * groups it joins, or once to the diagonal when it stays in one group; directed, to each sender → recipient cell).
 */
export interface ChordMatrix {
  /** Row and column keys, in order; the merged group, if any, is last. */
  readonly keys: readonly string[];
  /** `matrix[i][j]`: summed weight between `keys[i]` and `keys[j]` (from i to j when directed). */
  readonly matrix: readonly (readonly number[])[];
  /** The distinct ids of the contacts counted in each cell, in data order. */
  readonly cells: readonly (readonly (readonly string[])[])[];
  /** Contacts that could not be placed, and why (e.g. meetings in a directed chord). Nothing is dropped silently. */
  readonly excluded: readonly { readonly contact: string; readonly reason: string }[];
  readonly directed: boolean;
  /** The merged group, or null when nothing was merged. */
  readonly other: MergedGroup | null;
  /**
   * Each group's value, as d3-chord sizes its arc: its row's sum, plus its column's sum when directed (what it sent
   * and what it received).
   */
  readonly groupValues: readonly number[];
  /** The sum of `groupValues`: what the arcs share (twice the matrix's sum when directed, equal to it otherwise). */
  readonly total: number;
}

/** Contact ids from several cells, distinct, in data order. */
export function contactsInCells(
  cells: readonly (readonly string[])[],
  dataOrder: ReadonlyMap<string, number>,
): string[] {
  const ids = new Set<string>();
  for (const cell of cells) for (const id of cell) ids.add(id);
  return [...ids].sort((a, b) => (dataOrder.get(a) ?? 0) - (dataOrder.get(b) ?? 0));
}

/** How `mergeSmallGroups` decides. */
export interface MergeSettings {
  /** Groups whose share of the total is below this are merged (when at least two are). 0 merges nothing. */
  readonly threshold: number;
  readonly directed: boolean;
  /** Keys never merged (the ones the caller ordered explicitly). */
  readonly keep?: readonly string[];
}

/** Each group's arc value: row sums, plus column sums for a directed matrix. */
export function groupValuesOf(matrix: readonly (readonly number[])[], directed: boolean): number[] {
  return matrix.map((row, i) => {
    let value = 0;
    row.forEach((cell, j) => {
      value += cell + (directed ? ((matrix[j] as readonly number[])[i] as number) : 0);
    });
    return value;
  });
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** A key for the merged group that no kept group uses. */
function otherKey(taken: ReadonlySet<string>): string {
  if (!taken.has('other')) return 'other';
  let n = 2;
  while (taken.has(`other-${n}`)) n++;
  return `other-${n}`;
}

/**
 * Merges the groups whose share of the total is below `threshold` into one group, appended last. Cells are summed
 * (so every group value and the total are preserved: the merged group's value is the sum of its members') and
 * their contact ids united. A cell between two merged groups lands on the merged group's diagonal.
 */
export function mergeSmallGroups(source: ContactMatrix, settings: MergeSettings): ChordMatrix {
  const { threshold, directed } = settings;
  const keep = new Set(settings.keep ?? []);
  const values = groupValuesOf(source.matrix, directed);
  const total = sum(values);
  const small = source.keys.filter(
    (key, i) => !keep.has(key) && total > 0 && (values[i] as number) / total < threshold,
  );
  const base = { excluded: source.excluded, directed };
  if (small.length < 2) {
    return {
      ...base,
      keys: source.keys,
      matrix: source.matrix,
      cells: source.cells,
      other: null,
      groupValues: values,
      total,
    };
  }

  const merged = new Set(small);
  const kept = source.keys.filter((key) => !merged.has(key));
  const keys = [...kept, otherKey(new Set(kept))];
  const otherIndex = keys.length - 1;
  const keptIndex = new Map(kept.map((key, i) => [key, i]));
  // Where each old row/column goes.
  const target = source.keys.map((key) => keptIndex.get(key) ?? otherIndex);

  const matrix = keys.map(() => keys.map(() => 0));
  const cellSets = keys.map(() => keys.map(() => new Set<string>()));
  source.matrix.forEach((row, i) => {
    row.forEach((value, j) => {
      const a = target[i] as number;
      const b = target[j] as number;
      (matrix[a] as number[])[b] = ((matrix[a] as number[])[b] as number) + value;
      const ids = (cellSets[a] as Set<string>[])[b] as Set<string>;
      for (const id of (source.cells[i] as string[][])[j] as string[]) ids.add(id);
    });
  });
  const cells = cellSets.map((row) => row.map((ids) => [...ids]));
  return {
    ...base,
    keys,
    matrix,
    cells,
    other: { key: keys[otherIndex] as string, index: otherIndex, merged: small },
    groupValues: groupValuesOf(matrix, directed),
    total,
  };
}

/** The group accessor, checked: a custom `by` must return a string, and the error says for which participant. */
function groupAccessor(by: NormalizedChordOptions['by']): ContactMatrixOptions['by'] {
  if (typeof by !== 'function') return by;
  return (person: string, contact: ChordContact) => {
    const key: unknown = by(person, contact);
    if (typeof key !== 'string') {
      throw new TypeError(
        `by returned ${describeValue(key)} for "${person}" in contact "${contact.id}" (expected a group key string)`,
      );
    }
    return key;
  };
}

/**
 * Contacts → `contactMatrix` → groups under `threshold` merged into "other". Groups named in `order` are never
 * merged. Contacts the matrix cannot place come through in `excluded`.
 */
export function chordMatrix(options: NormalizedChordOptions): ChordMatrix {
  const matrix = contactMatrix(options.data, {
    by: groupAccessor(options.by),
    directed: options.directed,
    weight: options.weight,
    order: options.order,
    ...(options.people ? { people: options.people } : {}),
  });
  return mergeSmallGroups(matrix, { threshold: options.threshold, directed: options.directed, keep: options.order });
}
