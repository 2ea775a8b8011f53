import type { Point } from '../../../src/chord/layout/label-geometry';

/**
 * An overlap test for convex polygons that shares nothing with the layout's separating-axis code: clip one polygon by
 * the other (Sutherland–Hodgman) and measure the area left. Touching polygons share no area.
 */
function signedArea(polygon: readonly Point[]): number {
  let area = 0;
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i] as Point;
    const q = polygon[(i + 1) % polygon.length] as Point;
    area += p.x * q.y - q.x * p.y;
  }
  return area / 2;
}

function clip(subject: readonly Point[], clipper: readonly Point[]): Point[] {
  const orientation = Math.sign(signedArea(clipper));
  let output = [...subject];
  for (let i = 0; i < clipper.length && output.length > 0; i++) {
    const a = clipper[i] as Point;
    const b = clipper[(i + 1) % clipper.length] as Point;
    const side = (p: Point) => orientation * ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x));
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const p = input[j] as Point;
      const q = input[(j + 1) % input.length] as Point;
      const sp = side(p);
      const sq = side(q);
      if (sp >= 0) output.push(p);
      if (sp >= 0 !== sq >= 0) {
        const t = sp / (sp - sq);
        output.push({ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t });
      }
    }
  }
  return output;
}

export function overlapArea(a: readonly Point[], b: readonly Point[]): number {
  const common = clip(a, b);
  return common.length < 3 ? 0 : Math.abs(signedArea(common));
}

/** Whether two convex polygons share some area (more than a rounding error). */
export function polygonsOverlap(a: readonly Point[], b: readonly Point[]): boolean {
  return overlapArea(a, b) > 1e-6;
}

/** The polygon scaled about its centroid: `factor` < 1 shrinks it (so touching polygons no longer touch). */
export function scaled(polygon: readonly Point[], factor: number): Point[] {
  const cx = polygon.reduce((s, p) => s + p.x, 0) / polygon.length;
  const cy = polygon.reduce((s, p) => s + p.y, 0) / polygon.length;
  return polygon.map((p) => ({ x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor }));
}
