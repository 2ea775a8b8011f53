import { type Ribbon, ribbon, ribbonArrow } from 'd3-chord';
import { type Path, pathRound } from 'd3-path';

/** Two decimals: far below a pixel, and short, stable path strings for snapshots and diffs. */
const digits = 2;
/** d3-chord's angles start at 12 o'clock; the canvas/SVG arc's at 3 o'clock. */
const quarterTurn = Math.PI / 2;

/**
 * The SVG path of a group's arc: the ring between `innerRadius` and `outerRadius` from `startAngle` to `endAngle`
 * (d3-chord angles), centred on (0, 0). A zero-width group gives a degenerate but valid path.
 */
export function arcPath(startAngle: number, endAngle: number, innerRadius: number, outerRadius: number): string {
  const path = pathRound(digits);
  const a0 = startAngle - quarterTurn;
  const a1 = endAngle - quarterTurn;
  path.moveTo(outerRadius * Math.cos(a0), outerRadius * Math.sin(a0));
  path.arc(0, 0, outerRadius, a0, a1);
  path.lineTo(innerRadius * Math.cos(a1), innerRadius * Math.sin(a1));
  path.arc(0, 0, innerRadius, a1, a0, true);
  path.closePath();
  return path.toString();
}

export interface RibbonSettings {
  /** The radius both ends of a ribbon touch: the inside of the ring. */
  readonly radius: number;
  /** Arrow ribbons (directed) or plain ones. */
  readonly directed: boolean;
  /** The length of an arrow's head, in pixels (directed only). */
  readonly headRadius: number;
  /** The angle trimmed from each side of a ribbon's ends, so neighbouring ribbons stay apart. */
  readonly padAngle: number;
}

/**
 * A function drawing ribbons with d3-chord's `ribbon` (or `ribbonArrow` when directed) into a d3-path `path` (its
 * `context`), returning the path's string. The generator is made once and reused for every ribbon.
 */
export function ribbonPaths(settings: RibbonSettings): (datum: Ribbon) => string {
  const generator = settings.directed ? ribbonArrow().headRadius(settings.headRadius) : ribbon();
  generator.radius(settings.radius).padAngle(settings.padAngle);
  return (datum) => {
    const path: Path = pathRound(digits);
    // d3-path's Path implements every canvas method the ribbon calls (moveTo, arc, quadraticCurveTo, lineTo,
    // closePath); @types/d3-chord types the context as a full canvas context only.
    generator.context(path as unknown as CanvasRenderingContext2D);
    generator(datum);
    return path.toString();
  };
}
