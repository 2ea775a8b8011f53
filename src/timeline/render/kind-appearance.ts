import { contactKinds, isContactKind, kindStyle, type MarkShape, markShapes } from '../../shared/palette';

/** How the marks of one kind look: a shape, and the class that gives them their colour (theme.css). */
export interface KindAppearance {
  readonly kind: string;
  readonly shape: MarkShape;
  readonly className: string;
}

/** How many colours other kinds cycle through (theme.css: `.stc-timeline__kind--other-1` …). */
const otherColors = 5;

/**
 * The appearance of every kind in `kinds`: a contact kind keeps the palette's shape and colour; any other kind takes,
 * in order of first appearance, a shape and one of five further colours, which repeat after five (the legend names
 * each kind, so none depends on colour or shape alone).
 */
export function kindAppearances(kinds: Iterable<string>): Map<string, KindAppearance> {
  const appearances = new Map<string, KindAppearance>();
  let other = 0;
  for (const kind of kinds) {
    if (appearances.has(kind)) continue;
    if (isContactKind(kind)) {
      const style = kindStyle(kind);
      appearances.set(kind, { kind, shape: style.shape, className: style.className });
    } else {
      appearances.set(kind, {
        kind,
        shape: markShapes[other % markShapes.length] as MarkShape,
        className: `stc-timeline__kind--other-${(other % otherColors) + 1}`,
      });
      other++;
    }
  }
  return appearances;
}

/** Kinds in legend order: the contact kinds first, in the palette's order, then the others as they came. */
export function legendOrder(kinds: Iterable<string>): string[] {
  const present = new Set(kinds);
  return [...contactKinds.filter((kind) => present.has(kind)), ...[...present].filter((kind) => !isContactKind(kind))];
}
