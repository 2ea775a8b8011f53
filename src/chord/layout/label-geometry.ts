/**
 * Geometry of the chord's radial labels. Angles are d3-chord's: radians clockwise from 12 o'clock. Coordinates are
 * SVG pixels (y down) relative to the centre of the ring.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A label's box: a rectangle along a ray from the centre, as its four corners in order around it. */
export type LabelBox = readonly [Point, Point, Point, Point];

/** The point at `radius` on the ray at `angle`. */
export function polarPoint(angle: number, radius: number): Point {
  return { x: radius * Math.sin(angle), y: -radius * Math.cos(angle) };
}

/**
 * The box of a label `width` long and `height` tall, laid along the ray at `angle` from `radius` outwards and centred
 * on it. Labels on the left half are drawn flipped (so they read left to right), but they cover the same box.
 */
export function labelBox(angle: number, radius: number, width: number, height: number): LabelBox {
  const out = { x: Math.sin(angle), y: -Math.cos(angle) };
  const side = { x: Math.cos(angle), y: Math.sin(angle) };
  const h = height / 2;
  const at = (along: number, across: number): Point => ({
    x: out.x * along + side.x * across,
    y: out.y * along + side.y * across,
  });
  return [at(radius, -h), at(radius + width, -h), at(radius + width, h), at(radius, h)];
}

/** Whether the boxes' projections on `axis` are apart (touching counts as apart). */
function separatedOn(axis: Point, a: LabelBox, b: LabelBox): boolean {
  const project = (box: LabelBox) => {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const p of box) {
      const d = p.x * axis.x + p.y * axis.y;
      if (d < min) min = d;
      if (d > max) max = d;
    }
    return [min, max] as const;
  };
  const [minA, maxA] = project(a);
  const [minB, maxB] = project(b);
  // A hair of tolerance so boxes that only touch (rounding aside) are not counted as overlapping.
  const tolerance = 1e-9;
  return maxA <= minB + tolerance || maxB <= minA + tolerance;
}

/** Whether two label boxes overlap, by the separating axis theorem (a rectangle's edges give its two axes). */
export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  for (const box of [a, b]) {
    for (let i = 0; i < 2; i++) {
      const p = box[i] as Point;
      const q = box[i + 1] as Point;
      if (separatedOn({ x: q.y - p.y, y: p.x - q.x }, a, b)) return false;
    }
  }
  return true;
}

/** Whether every corner of the box lies inside the rectangle `bounds`. */
export function boxInside(
  box: LabelBox,
  bounds: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number },
): boolean {
  return box.every((p) => p.x >= bounds.left && p.x <= bounds.right && p.y >= bounds.top && p.y <= bounds.bottom);
}

/**
 * How to draw a label at `angle`: `transform="translate(x,y) rotate(rotate)"` with `text-anchor` `anchor` (and
 * vertically centred). On the right half the text runs outwards from the anchor; on the left half it is turned half a
 * turn so it reads left to right, and ends at the anchor.
 */
export function labelOrientation(angle: number): { rotate: number; anchor: 'start' | 'end' } {
  const turn = 2 * Math.PI;
  const a = ((angle % turn) + turn) % turn;
  const degrees = (a * 180) / Math.PI;
  const left = a > Math.PI;
  const rotate = left ? degrees + 90 : degrees - 90;
  // Kept in (-180, 180] so equal orientations compare equal.
  return { rotate: rotate > 180 ? rotate - 360 : rotate, anchor: left ? 'end' : 'start' };
}
