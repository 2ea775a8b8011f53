import { type PaletteColor, polityColors } from '../../shared/palette';
import type { ChordGroupLayout } from '../layout/chord-layout';

/**
 * Colours of groups by their colour key (see `ChordGroupLayout.colorKey`), kept for the chart's life: `polityColors`
 * hands out its fallback colours in list order, so a list of only the keys shown would recolour a polity whenever a
 * filter hid another. Keys are listed as first met, after `known` (the dataset's polities, in its order).
 */
export interface GroupColors {
  /** The colour of each group's key, or null for the merged group (drawn neutral by theme.css). */
  colorsOf(groups: readonly ChordGroupLayout[]): (PaletteColor | null)[];
}

export function createGroupColors(known: readonly string[]): GroupColors {
  const order = [...new Set(known)];
  const listed = new Set(order);
  let colors = polityColors(order);
  return {
    colorsOf(groups) {
      let added = false;
      for (const { colorKey } of groups) {
        if (colorKey === null || listed.has(colorKey)) continue;
        order.push(colorKey);
        listed.add(colorKey);
        added = true;
      }
      if (added) colors = polityColors(order);
      return groups.map((group) => (group.colorKey === null ? null : (colors.get(group.colorKey) ?? null)));
    },
  };
}
