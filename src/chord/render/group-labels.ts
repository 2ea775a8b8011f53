import type { ChordLayout } from '../layout/chord-layout';
import type { NormalizedChordOptions } from '../options';

/**
 * The label of every row of the matrix, by index: the layout's when it drew the ring; otherwise (an empty state that
 * still has a matrix for the table, e.g. weights adding up to 0) asked of the label options the same way.
 */
export function matrixLabels(
  layout: ChordLayout,
  options: Pick<NormalizedChordOptions, 'groupLabel' | 'otherLabel'>,
): string[] {
  const { keys, other } = layout.matrix;
  if (layout.groups.length === keys.length) return layout.groups.map((group) => group.label);
  return keys.map((key, index) =>
    String(other?.index === index ? options.otherLabel(other.merged) : options.groupLabel(key)),
  );
}
