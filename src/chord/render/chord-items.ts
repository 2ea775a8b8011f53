/**
 * What the reader can point at, focus and select: a group's arc or a ribbon. Both come from the layout; this module
 * adds what the text and the keyboard need of them (partners of a group, the pair a ribbon joins, its place on the
 * ring).
 */
import type { ChordGroupLayout, ChordLayout } from '../layout/chord-layout';
import type { ChordRibbonLayout } from '../layout/chord-ribbons';

export type ChordItem =
  | { readonly type: 'group'; readonly key: string; readonly group: ChordGroupLayout }
  | { readonly type: 'ribbon'; readonly key: string; readonly ribbon: ChordRibbonLayout };

/** How a ribbon relates to one of its groups. */
export type PartnerRelation = 'with' | 'to' | 'from' | 'within';

/** A ribbon seen from one of its groups: the group at its other end, and which way it runs. */
export interface GroupPartner {
  readonly ribbon: ChordRibbonLayout;
  /** The index of the group at the other end (the group itself for a self-ribbon). */
  readonly other: number;
  readonly relation: PartnerRelation;
}

export const groupItem = (group: ChordGroupLayout): ChordItem => ({ type: 'group', key: group.key, group });
export const ribbonItem = (ribbon: ChordRibbonLayout): ChordItem => ({ type: 'ribbon', key: ribbon.key, ribbon });

/** The contact ids an item stands for. */
export function itemContacts(item: ChordItem): readonly string[] {
  return item.type === 'group' ? item.group.contacts : item.ribbon.contacts;
}

/** The group keys an item joins: one for a group, its two ends for a ribbon (one for a self-ribbon). */
export function itemKeys(item: ChordItem): string[] {
  if (item.type === 'group') return [item.group.key];
  const { source, target } = item.ribbon;
  return source.index === target.index ? [source.key] : [source.key, target.key];
}

const middle = (end: { startAngle: number; endAngle: number }) => (end.startAngle + end.endAngle) / 2;

/**
 * Where an item sits around the ring, for Left and Right: a group's middle angle; for a ribbon, the middle of its end
 * met first clockwise from 12 o'clock, so the ribbons leaving one group follow each other.
 */
export function ringPosition(item: ChordItem): number {
  if (item.type === 'group') return middle(item.group);
  return Math.min(middle(item.ribbon.source), middle(item.ribbon.target));
}

/**
 * The two ends of an undirected ribbon in ring order (the group met first clockwise first), so pairs read the same
 * way everywhere; a directed ribbon keeps sender then recipient.
 */
export function ribbonEnds(ribbon: ChordRibbonLayout): [number, number] {
  const { source, target } = ribbon;
  if (ribbon.directed || source.index <= target.index) return [source.index, target.index];
  return [target.index, source.index];
}

/**
 * Each group's ribbons, most contacts first (ties in ring order): what a group's spoken label lists. One pass over
 * the ribbons.
 */
export function partnersByGroup(layout: ChordLayout): GroupPartner[][] {
  const partners = layout.groups.map((): GroupPartner[] => []);
  for (const ribbon of layout.ribbons) {
    const { source, target } = ribbon;
    if (source.index === target.index) {
      partners[source.index]?.push({ ribbon, other: source.index, relation: 'within' });
      continue;
    }
    partners[source.index]?.push({ ribbon, other: target.index, relation: ribbon.directed ? 'to' : 'with' });
    partners[target.index]?.push({ ribbon, other: source.index, relation: ribbon.directed ? 'from' : 'with' });
  }
  for (const list of partners) {
    list.sort(
      (a, b) =>
        b.ribbon.contacts.length - a.ribbon.contacts.length ||
        ringPosition(ribbonItem(a.ribbon)) - ringPosition(ribbonItem(b.ribbon)),
    );
  }
  return partners;
}
