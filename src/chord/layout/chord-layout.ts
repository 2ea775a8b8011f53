import { type ChordGroup, chord, chordDirected } from 'd3-chord';
import { describeValue } from '../../shared/describe-value';
import { type MeasureText, memoizeMeasure } from '../../shared/measure-text';
import type { ChordContact, NormalizedChordOptions } from '../options';
import { type GroupTick, type LabelState, type PlacedGroupLabel, placeGroupLabels } from './chord-labels';
import { type ChordMatrix, chordMatrix, contactsInCells } from './chord-matrix';
import { arcPath } from './chord-paths';
import { type ChordRibbonLayout, layoutRibbons } from './chord-ribbons';
import type { Point } from './label-geometry';

/** One arc of the ring: a group of participants (a polity, a person, a key of `by`, or the merged "other"). */
export interface ChordGroupLayout {
  readonly key: string;
  /** The label's text, whether or not it is drawn (the table and the tooltip use it). */
  readonly label: string;
  /** The group's row and column in `matrix`. */
  readonly index: number;
  /** d3-chord angles: radians clockwise from 12 o'clock. Equal for a group with no weight (drawn with no width). */
  readonly startAngle: number;
  readonly endAngle: number;
  /** What the arc measures: the group's row sum in `matrix`, plus its column sum when directed. */
  readonly value: number;
  /**
   * The key to colour the group by: the polity (by polity; by person, the person's polity when `people` knows it),
   * else the group's key; null for the merged group, drawn in a neutral colour.
   */
  readonly colorKey: string | null;
  /** For the merged group, the keys merged into it; empty otherwise. */
  readonly merged: readonly string[];
  /** The ids of the contacts the group takes part in, in data order. */
  readonly contacts: readonly string[];
  /** The SVG path `d` of the arc, centred on (0, 0). */
  readonly path: string;
  /** The label to draw, or null when it is hidden (see `labelState`). */
  readonly labelPlacement: PlacedGroupLabel | null;
  readonly labelState: LabelState;
  /** A short line marking the group when its label is hidden. */
  readonly tick: GroupTick | null;
}

/** Why a layout draws nothing. */
export interface ChordEmptyState {
  /** `no-data`: no contacts given; `all-excluded`: none could be placed; `no-weight`: the weights add up to 0. */
  readonly reason: 'no-data' | 'all-excluded' | 'no-weight';
  /** The reason in words, for the chart's empty state. */
  readonly message: string;
}

export interface ChordLayout {
  readonly width: number;
  readonly height: number;
  /** The ring's centre in the chart; every path, label and tick is relative to it. */
  readonly center: Point;
  readonly outerRadius: number;
  readonly innerRadius: number;
  /** The gap between groups actually used: `padAngle`, or less when the groups are many (see the option). */
  readonly padAngle: number;
  readonly directed: boolean;
  /** Every group of `matrix`, in its order; empty when the layout is empty. */
  readonly groups: readonly ChordGroupLayout[];
  /** Ribbons with a value above 0. */
  readonly ribbons: readonly ChordRibbonLayout[];
  /** The matrix drawn: the table shows it, also when the layout is empty. */
  readonly matrix: ChordMatrix;
  /** Contacts not drawn, and why. Nothing is dropped silently. */
  readonly excluded: ChordMatrix['excluded'];
  /** Groups whose label is not drawn (overlap, outside the chart, or too small), for a "+N" note. */
  readonly hiddenLabels: number;
  /** Null when there is something to draw; otherwise why not. */
  readonly empty: ChordEmptyState | null;
}

/** The width `width: 'auto'` takes when the host has none yet (not in a document, or hidden). */
export const fallbackWidth = 640;
/** The least diameter an auto size leaves for the ring. */
const minPlotSize = 40;
/** The most of the circle padding may take, so arcs never collapse to nothing however many groups there are. */
const maxPaddingShare = 0.5;

/** The chart's size: a fixed width, or the host's (kept wide enough for the margins); the height, or a square. */
function chartSize(options: NormalizedChordOptions, hostWidth: number): { width: number; height: number } {
  const { margin } = options;
  const width =
    options.width === 'auto'
      ? Math.max(hostWidth > 0 ? hostWidth : fallbackWidth, margin.left + margin.right + minPlotSize)
      : options.width;
  const height = options.height ?? Math.max(width, margin.top + margin.bottom + minPlotSize);
  return { width, height };
}

function emptyState(options: NormalizedChordOptions, matrix: ChordMatrix): ChordEmptyState | null {
  if (matrix.total > 0) return null;
  const given = options.data.length;
  if (given === 0) return { reason: 'no-data', message: 'no contacts to draw' };
  if (matrix.excluded.length === given) {
    return {
      reason: 'all-excluded',
      message: options.directed
        ? `none of the ${given} contacts has a sender and a recipient (a directed chord draws messages only)`
        : `none of the ${given} contacts could be placed in a group`,
    };
  }
  return { reason: 'no-weight', message: 'the weights of the contacts add up to 0' };
}

function labelText(options: NormalizedChordOptions, matrix: ChordMatrix, key: string, index: number): string {
  const text: unknown =
    matrix.other?.index === index ? options.otherLabel(matrix.other.merged) : options.groupLabel(key);
  if (typeof text !== 'string') {
    const option = matrix.other?.index === index ? 'otherLabel' : 'groupLabel';
    throw new TypeError(`${option} returned ${describeValue(text)} for "${key}" (expected a string)`);
  }
  return text;
}

/** Each group's colour key (see `ChordGroupLayout.colorKey`). */
function colorKeys(options: NormalizedChordOptions, matrix: ChordMatrix): (string | null)[] {
  const polities =
    options.byMode === 'person' && options.people
      ? new Map(options.people.map((person) => [person.id, person.polity]))
      : null;
  return matrix.keys.map((key, index) => (matrix.other?.index === index ? null : (polities?.get(key) ?? key)));
}

/** Each group's contacts: the cells of its row and column (one pass over the matrix, not one per group). */
function groupContacts(matrix: ChordMatrix, dataOrder: ReadonlyMap<string, number>): string[][] {
  const cellsOf = matrix.keys.map((): (readonly string[])[] => []);
  matrix.cells.forEach((row, i) => {
    row.forEach((cell, j) => {
      if (cell.length === 0) return;
      cellsOf[i]?.push(cell);
      if (j !== i) cellsOf[j]?.push(cell);
    });
  });
  return cellsOf.map((cells) => contactsInCells(cells, dataOrder));
}

/**
 * The chord diagram's geometry, from normalised options: the matrix (merged under `threshold`), d3-chord's groups and
 * ribbons as SVG paths, and each group's label placed outside the ring, readable and never overlapping another.
 * Pure: no DOM; text widths come from `measure`.
 *
 * @param measure the width of a label's text in pixels
 * @param hostWidth the host element's width, for `width: 'auto'` (0 or less when unknown: 640 is used)
 * @throws RangeError or TypeError from the matrix (a bad weight, a polity not found) or from `measure` and the label
 *   functions, naming the value
 */
export function chordLayout(options: NormalizedChordOptions, measure: MeasureText, hostWidth = 0): ChordLayout {
  const measureText = memoizeMeasure(measure);
  const { width, height } = chartSize(options, hostWidth);
  const { margin } = options;
  const center = {
    x: margin.left + (width - margin.left - margin.right) / 2,
    y: margin.top + (height - margin.top - margin.bottom) / 2,
  };
  const outerRadius = Math.max(
    0,
    Math.min(width - margin.left - margin.right, height - margin.top - margin.bottom) / 2,
  );
  const innerRadius = outerRadius - Math.min(options.ringWidth, outerRadius / 2);

  const matrix = chordMatrix(options);
  const empty = emptyState(options, matrix);
  const n = matrix.keys.length;
  const padAngle = n === 0 ? options.padAngle : Math.min(options.padAngle, (maxPaddingShare * 2 * Math.PI) / n);
  const base = {
    width,
    height,
    center,
    outerRadius,
    innerRadius,
    padAngle,
    directed: options.directed,
    matrix,
    excluded: matrix.excluded,
  };
  if (empty) return { ...base, groups: [], ribbons: [], hiddenLabels: 0, empty };

  const chords = (options.directed ? chordDirected() : chord()).padAngle(padAngle)(
    matrix.matrix.map((row) => [...row]),
  );
  const dataOrder = new Map(options.data.map((contact: ChordContact, i) => [contact.id, i]));
  const { keys } = matrix;

  const arcs = chords.groups.map((group: ChordGroup) => ({
    group,
    key: keys[group.index] as string,
    text: labelText(options, matrix, keys[group.index] as string, group.index),
  }));
  const labels = placeGroupLabels(
    arcs.map(({ group, text }) => ({
      text,
      angle: (group.startAngle + group.endAngle) / 2,
      arcLength: (group.endAngle - group.startAngle) * outerRadius,
      value: group.value,
    })),
    {
      outerRadius,
      labelOffset: options.labelOffset,
      labelHeight: options.labelHeight,
      bounds: { left: -center.x, top: -center.y, right: width - center.x, bottom: height - center.y },
    },
    measureText,
  );
  const colorByGroup = colorKeys(options, matrix);
  const contactsByGroup = groupContacts(matrix, dataOrder);
  const groups = arcs.map(({ group, key, text }, i): ChordGroupLayout => {
    const { index, startAngle, endAngle, value } = group;
    return {
      key,
      label: text,
      index,
      startAngle,
      endAngle,
      value,
      colorKey: colorByGroup[index] ?? null,
      merged: matrix.other?.index === index ? matrix.other.merged : [],
      contacts: contactsByGroup[index] ?? [],
      path: arcPath(startAngle, endAngle, innerRadius, outerRadius),
      labelPlacement: labels.labels[i] ?? null,
      labelState: labels.states[i] ?? 'empty',
      tick: labels.ticks[i] ?? null,
    };
  });

  const ribbons = layoutRibbons(chords, matrix, { innerRadius, directed: options.directed, dataOrder });

  return { ...base, groups, ribbons, hiddenLabels: labels.hidden, empty: null };
}
