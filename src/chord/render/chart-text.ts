/**
 * The chord's words: its name and description, the spoken label of each group and ribbon, and what the live region
 * says. English, like the rest of the charts' text; only dates follow the locale.
 */

import { formatEnglishNumber } from '../../shared/format-number';
import type { ChordGroupLayout, ChordLayout } from '../layout/chord-layout';
import type { ChordRibbonLayout } from '../layout/chord-ribbons';
import type { ChordGroupMode } from '../options';
import { type GroupPartner, type PartnerRelation, ribbonEnds } from './chord-items';

/** What the text needs to know of the options. */
export interface ChordTextOptions {
  readonly directed: boolean;
  /** Whether a `weight` was given: values are then weights, said beside the counts. */
  readonly weighted: boolean;
  readonly byMode: ChordGroupMode | 'custom';
  /** Whether the bundled dataset is drawn (no `data` given). */
  readonly bundled: boolean;
  readonly title: string | null;
  readonly description: string | null;
  readonly tableHidden: boolean;
}

/** A weight as the text shows it: at most two decimals, grouped ("1,234.5"). */
export const formatWeight = (value: number): string => formatEnglishNumber(value, 2);
/** A count as the text shows it, grouped ("1,234"). */
const formatCount = (count: number): string => formatEnglishNumber(count, 0);

/** "1 contact", "28 contacts"; directed charts draw messages only, and say so. */
export function countText(count: number, directed: boolean): string {
  const word = directed ? 'message' : 'contact';
  return `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;
}

const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

const groupNouns: Record<ChordGroupMode | 'custom', [one: string, many: string]> = {
  polity: ['polity', 'polities'],
  person: ['person', 'people'],
  custom: ['group', 'groups'],
};

/** "polity" / "polities", "person" / "people", or "group" / "groups" for an accessor. */
export function groupNoun(byMode: ChordGroupMode | 'custom', count: number): string {
  const [one, many] = groupNouns[byMode];
  return count === 1 ? one : many;
}

const bundledTitles = {
  undirected: 'Soviet–Turkish diplomatic contacts, 1937–1939: who met whom',
  directed: 'Soviet–Turkish diplomatic contacts, 1937–1939: who wrote to whom',
};

/** The chart's accessible name: the `title` option, or a default. */
export function chartTitle(options: Pick<ChordTextOptions, 'title' | 'bundled' | 'directed'>): string {
  if (options.title) return options.title;
  if (!options.bundled) return options.directed ? 'Directed chord diagram' : 'Chord diagram';
  return options.directed ? bundledTitles.directed : bundledTitles.undirected;
}

/** The value beside a count when the chart is weighted: " (weight 12.5)". */
function weightNote(value: number, options: Pick<ChordTextOptions, 'weighted'>): string {
  return options.weighted ? ` (weight ${formatWeight(value)})` : '';
}

/** A ribbon's pair of groups in words: "Turkey – USSR", "USSR → Turkey", "Within USSR". */
export function pairText(ribbon: ChordRibbonLayout, labels: readonly string[]): string {
  const [a, b] = ribbonEnds(ribbon);
  if (ribbon.self) return `Within ${labels[a]}`;
  return `${labels[a]} ${ribbon.directed ? '→' : '–'} ${labels[b]}`;
}

/** "USSR → Turkey: 3 messages", "Within USSR: 2 contacts". */
export function ribbonAriaLabel(
  ribbon: ChordRibbonLayout,
  labels: readonly string[],
  options: ChordTextOptions,
): string {
  const count = countText(ribbon.contacts.length, options.directed);
  return `${pairText(ribbon, labels)}: ${count}${weightNote(ribbon.value, options)}`;
}

const relationWords: Record<PartnerRelation, string> = { with: 'with', to: 'to', from: 'from', within: 'within' };

/** "Turkey: 37 contacts; with USSR 36, with Romania 1, within Turkey 1". */
export function groupAriaLabel(
  group: ChordGroupLayout,
  partners: readonly GroupPartner[],
  labels: readonly string[],
  options: ChordTextOptions,
): string {
  const head = `${group.label}: ${countText(group.contacts.length, options.directed)}${weightNote(group.value, options)}`;
  if (partners.length === 0) return head;
  const list = partners.map(
    ({ ribbon, other, relation }) =>
      `${relationWords[relation]} ${labels[other]} ${formatCount(ribbon.contacts.length)}`,
  );
  return `${head}; ${list.join(', ')}`;
}

/** The distinct contacts the ring draws. */
export function drawnContacts(layout: ChordLayout): number {
  const ids = new Set<string>();
  for (const group of layout.groups) for (const id of group.contacts) ids.add(id);
  return ids.size;
}

/** "A, B and C". */
function listWords(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The three ribbons with the most contacts: "Turkey – USSR 36, Bulgaria – USSR 2 and Romania – USSR 2". */
function largestLinks(layout: ChordLayout, labels: readonly string[]): string {
  const top = [...layout.ribbons]
    .sort((a, b) => b.contacts.length - a.contacts.length || b.value - a.value)
    .slice(0, 3)
    // Inside a sentence, "Within USSR" reads "within USSR".
    .map(
      (ribbon) => `${pairText(ribbon, labels).replace(/^Within /, 'within ')} ${formatCount(ribbon.contacts.length)}`,
    );
  return listWords(top);
}

/** Why contacts are missing from the ring, in one sentence, or ''. */
export function excludedText(layout: ChordLayout): string {
  const count = layout.excluded.length;
  if (count === 0) return '';
  const subject = `${plural(count, 'contact is', 'contacts are')} not drawn`;
  return layout.directed
    ? `${subject}: only messages, telegrams and letters have a sender and a recipient.`
    : `${subject}: no group could be found for ${count === 1 ? 'it' : 'them'}.`;
}

/** The empty state's message as a sentence: "No contacts to draw." */
export function emptyText(layout: ChordLayout): string {
  const message = layout.empty?.message ?? '';
  const sentence = `${message.charAt(0).toUpperCase()}${message.slice(1)}`;
  return sentence.endsWith('.') ? sentence : `${sentence}.`;
}

/** The note under the ring when labels do not fit: "12 group labels are hidden; …". */
export function hiddenLabelsText(layout: ChordLayout): string {
  const hidden = layout.hiddenLabels;
  if (hidden === 0) return '';
  return `${plural(hidden, 'group label is', 'group labels are')} hidden for lack of room (a tick marks ${hidden === 1 ? 'it' : 'each'}); point at or focus a group to see its name, or read the table.`;
}

export const keyboardHelp =
  'Tab moves to the groups; the left and right arrows go around the ring, up and down between groups and links, ' +
  'Home and End to the first and last; Enter selects; Escape closes the details.';

/** The chart's accessible description: the `description` option, or what it shows and how to use it. */
export function chartDescription(layout: ChordLayout, labels: readonly string[], options: ChordTextOptions): string {
  if (options.description) return options.description;
  const table = options.tableHidden ? 'A table of the matrix follows the chart.' : 'The table below gives the matrix.';
  if (layout.empty) return [emptyText(layout), excludedText(layout), table].filter(Boolean).join(' ');
  const groups = layout.groups.length;
  const kind = options.directed ? 'A directed chord diagram' : 'A chord diagram';
  const among = plural(groups, groupNoun(options.byMode, 1), groupNoun(options.byMode, 2));
  const other = layout.matrix.other;
  return [
    `${kind} of ${countText(drawnContacts(layout), options.directed)} among ${among}${options.directed ? ', from sender to recipient' : ''}.`,
    `The largest links: ${largestLinks(layout, labels)}.`,
    other
      ? `${plural(other.merged.length, 'small group is', 'small groups are')} merged into “${labels[other.index]}”.`
      : '',
    excludedText(layout),
    layout.hiddenLabels > 0
      ? `${plural(layout.hiddenLabels, 'group label is', 'group labels are')} hidden for lack of room.`
      : '',
    keyboardHelp,
    table,
  ]
    .filter(Boolean)
    .join(' ');
}

/** What the live region says after `highlight`. */
export function highlightAnnouncement(count: number | null, directed: boolean): string {
  if (count === null) return 'Highlight cleared.';
  return `${countText(count, directed)} highlighted.`;
}

/** What the live region says after `filter`: "Showing 12 of 42 contacts." */
export function filterAnnouncement(count: number, total: number, directed: boolean): string {
  if (count === total) return `Showing all ${countText(total, false)}.`;
  return `Showing ${formatCount(count)} of ${countText(total, false)}${directed ? ' (messages only are drawn)' : ''}.`;
}
