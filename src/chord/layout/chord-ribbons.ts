import type { Chord, Chords } from 'd3-chord';
import { type ChordMatrix, contactsInCells } from './chord-matrix';
import { ribbonPaths } from './chord-paths';

/** One end of a ribbon: where it touches a group's arc. */
export interface ChordRibbonEnd {
  readonly index: number;
  readonly key: string;
  readonly startAngle: number;
  readonly endAngle: number;
  /** The width of this end, in the matrix's units. */
  readonly value: number;
}

/** A ribbon between two groups (or a group and itself), or, directed, from a sender's group to a recipient's. */
export interface ChordRibbonLayout {
  /** Unique and stable across layouts of the same groups: the data-join key. */
  readonly key: string;
  readonly source: ChordRibbonEnd;
  readonly target: ChordRibbonEnd;
  /**
   * The ribbon's value, in the matrix's units: `matrix[source][target]`. It is a weight, not a count of contacts: a
   * contact merged from two small groups counts at both its ends on the merged group's own ribbon.
   */
  readonly value: number;
  /** The distinct ids of the contacts behind the ribbon, in data order (for the tooltip and `select`). */
  readonly contacts: readonly string[];
  readonly directed: boolean;
  /** Whether both ends are on one group: contacts inside one group (a self-ribbon). */
  readonly self: boolean;
  /** The SVG path `d`, centred on (0, 0). */
  readonly path: string;
}

export interface RibbonLayoutSettings {
  /** The inside radius of the ring, where ribbons end. */
  readonly innerRadius: number;
  readonly directed: boolean;
  /** Each contact id's position in the data, to list a ribbon's contacts in data order. */
  readonly dataOrder: ReadonlyMap<string, number>;
}

function ribbonEnd(end: Chord['source'], keys: readonly string[]): ChordRibbonEnd {
  const { index, startAngle, endAngle, value } = end;
  return { index, key: keys[index] as string, startAngle, endAngle, value };
}

/** d3-chord's chords as ribbons: their ends, value, contacts and SVG path (plain, or an arrow when directed). */
export function layoutRibbons(
  chords: Chords,
  matrix: ChordMatrix,
  settings: RibbonLayoutSettings,
): ChordRibbonLayout[] {
  const { keys, cells } = matrix;
  const { directed, dataOrder } = settings;
  const cellAt = (i: number, j: number) => (cells[i] as readonly (readonly string[])[])[j] as readonly string[];
  // Half a pixel inside the ring, so a ribbon's edge does not show as a seam against its arc.
  const radius = Math.max(0, settings.innerRadius - 0.5);
  const drawRibbon = ribbonPaths({
    radius,
    directed,
    // An arrowhead as long as fits a small ring too: 10 px, or a fifth of the radius.
    headRadius: Math.min(10, radius / 5),
    // One pixel between neighbouring ribbons at the ring.
    padAngle: radius > 1 ? 1 / radius : 0,
  });
  return chords.map((pair: Chord): ChordRibbonLayout => {
    const source = ribbonEnd(pair.source, keys);
    const target = ribbonEnd(pair.target, keys);
    return {
      key: directed
        ? JSON.stringify(['→', source.key, target.key])
        : JSON.stringify([...[source.key, target.key].sort()]),
      source,
      target,
      value: source.value,
      // Undirected, both cells of a pair hold the same contacts; directed, only source → target's belong here.
      contacts: contactsInCells(
        directed
          ? [cellAt(source.index, target.index)]
          : [cellAt(source.index, target.index), cellAt(target.index, source.index)],
        dataOrder,
      ),
      directed,
      self: source.index === target.index,
      path: drawRibbon({
        source: { startAngle: source.startAngle, endAngle: source.endAngle, radius },
        target: { startAngle: target.startAngle, endAngle: target.endAngle, radius },
      }),
    };
  });
}
