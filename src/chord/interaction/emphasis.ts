/**
 * Emphasis while the pointer is over a group or ribbon, or one has focus: a class on the root says something is
 * emphasised, and the marks related to it get a class of their own; theme.css fades the rest. On a group, the
 * ribbons touching it stay; on a ribbon, only it stays, and its end groups are marked.
 */
import type { ChordLayout } from '../layout/chord-layout';
import type { ChordItem } from '../render/chord-items';
import type { ChordDrawing } from '../render/draw-chord';

export const emphasisClasses = {
  root: 'stc-chord--emphasis',
  ribbon: 'stc-chord__ribbon--related',
  arc: 'stc-chord__arc--related',
} as const;

export interface Emphasis {
  /** The item emphasised now, or null. */
  readonly item: ChordItem | null;
  /** Emphasises `item`, or nothing with null. Call again after each drawing: the nodes may be new. */
  set(item: ChordItem | null, layout: ChordLayout, drawing: ChordDrawing): void;
}

export function createEmphasis(root: HTMLElement): Emphasis {
  /** The nodes that have a related class now, so clearing touches only them. */
  let marked: Element[] = [];
  let current: ChordItem | null = null;

  function mark(node: Element | undefined, className: string): void {
    if (!node) return;
    node.classList.add(className);
    marked.push(node);
  }

  return {
    get item() {
      return current;
    },
    set(item, layout, drawing) {
      current = item;
      for (const node of marked) node.classList.remove(emphasisClasses.ribbon, emphasisClasses.arc);
      marked = [];
      root.classList.toggle(emphasisClasses.root, item !== null);
      if (!item) return;
      if (item.type === 'group') {
        const { index, key } = item.group;
        mark(drawing.arcs.get(key), emphasisClasses.arc);
        for (const ribbon of layout.ribbons) {
          if (ribbon.source.index === index || ribbon.target.index === index) {
            mark(drawing.ribbons.get(ribbon.key), emphasisClasses.ribbon);
          }
        }
        return;
      }
      const { ribbon } = item;
      mark(drawing.ribbons.get(ribbon.key), emphasisClasses.ribbon);
      mark(drawing.arcs.get(ribbon.source.key), emphasisClasses.arc);
      mark(drawing.arcs.get(ribbon.target.key), emphasisClasses.arc);
    },
  };
}
