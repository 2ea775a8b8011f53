import type { MeasureText } from '../../shared/measure-text';
import {
  boxesOverlap,
  boxInside,
  type LabelBox,
  labelBox,
  labelOrientation,
  type Point,
  polarPoint,
} from './label-geometry';

/**
 * What became of a group's label: drawn; hidden because it would overlap a label of a larger group; hidden because it
 * would leave the chart; not tried because the group's arc is too small to point at (it gets a tick); or empty text.
 */
export type LabelState = 'shown' | 'overlap' | 'outside' | 'too-small' | 'empty';

/** A label to draw, relative to the ring's centre. */
export interface PlacedGroupLabel {
  readonly text: string;
  /** The anchor point: where the text starts (right half) or ends (left half). */
  readonly x: number;
  readonly y: number;
  /** Degrees, in [-90, 90]: `rotate(…)` after translating to the anchor, so no label reads upside down. */
  readonly rotate: number;
  readonly anchor: 'start' | 'end';
  readonly width: number;
  /** The area the label covers (for hit tests and for checking overlaps). */
  readonly box: LabelBox;
}

/** A short radial line marking a group whose label is not drawn, from the ring outwards. */
export interface GroupTick {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A group as label placement sees it. */
export interface LabelCandidate {
  readonly text: string;
  /** The middle of the group's arc. */
  readonly angle: number;
  /** The length of the group's arc at the outside of the ring, in pixels. */
  readonly arcLength: number;
  /** Larger groups win a contested spot. */
  readonly value: number;
}

export interface LabelSettings {
  /** The outside radius of the ring. */
  readonly outerRadius: number;
  /** From the ring to the label's start. */
  readonly labelOffset: number;
  readonly labelHeight: number;
  /** The chart's edges, relative to the centre: a label must fit inside. */
  readonly bounds: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
}

export interface GroupLabels {
  /** Per candidate, in the order given: its label, or null when hidden. */
  readonly labels: readonly (PlacedGroupLabel | null)[];
  readonly states: readonly LabelState[];
  /** Per candidate: a tick when its label is not shown (and not empty), else null. */
  readonly ticks: readonly (GroupTick | null)[];
  /** Labels not shown (overlap, outside or too small; empty texts are not counted). */
  readonly hidden: number;
}

/** An arc shorter than this, in pixels, is too thin to point a label at: it gets a tick. */
export const minLabelledArc = 1;
/** How far a tick reaches out from the ring, in pixels. */
export const tickLength = 6;

function tickAt(angle: number, outerRadius: number): GroupTick {
  const from: Point = polarPoint(angle, outerRadius);
  const to: Point = polarPoint(angle, outerRadius + tickLength);
  return { x1: from.x, y1: from.y, x2: to.x, y2: to.y };
}

/**
 * Places each group's label outside the ring at its arc's middle, along the radius. Larger groups are placed first;
 * a label that would overlap one already placed, or leave the chart, is hidden and counted, and its group gets a tick.
 * So shown labels never overlap each other, and each lies inside `bounds`.
 */
export function placeGroupLabels(
  candidates: readonly LabelCandidate[],
  settings: LabelSettings,
  measure: MeasureText,
): GroupLabels {
  const { outerRadius, labelOffset, labelHeight, bounds } = settings;
  const start = outerRadius + labelOffset;
  const labels: (PlacedGroupLabel | null)[] = candidates.map(() => null);
  const states: LabelState[] = candidates.map(() => 'empty');
  const placed: LabelBox[] = [];
  const byPriority = candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => b.candidate.value - a.candidate.value || a.index - b.index);

  for (const { candidate, index } of byPriority) {
    if (candidate.text === '') continue;
    if (!(candidate.arcLength >= minLabelledArc)) {
      states[index] = 'too-small';
      continue;
    }
    const width = measure(candidate.text);
    const box = labelBox(candidate.angle, start, width, labelHeight);
    if (!boxInside(box, bounds)) {
      states[index] = 'outside';
    } else if (placed.some((other) => boxesOverlap(box, other))) {
      states[index] = 'overlap';
    } else {
      placed.push(box);
      const anchor = polarPoint(candidate.angle, start);
      labels[index] = {
        text: candidate.text,
        x: anchor.x,
        y: anchor.y,
        width,
        box,
        ...labelOrientation(candidate.angle),
      };
      states[index] = 'shown';
    }
  }
  const ticks = candidates.map((candidate, i) =>
    states[i] === 'shown' || states[i] === 'empty' ? null : tickAt(candidate.angle, outerRadius),
  );
  return { labels, states, ticks, hidden: states.filter((s) => s !== 'shown' && s !== 'empty').length };
}
