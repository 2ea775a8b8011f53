/**
 * `createChord`: the public chord diagram. It resolves the options, lays the matrix out (chordLayout), draws arcs,
 * ribbons and labels joined by key, and wires keyboard, hover, tooltip, table and resizing, each registered with one
 * lifecycle so that `destroy()` undoes all of it.
 *
 * No dataset is imported here: the `dataset` option (the bundled one, given by the main entry's `createChord`)
 * supplies the default data and names polities, people and documents, so a page importing this module alone
 * (`soviet-turkish-contacts/chord`) bundles no dataset it does not pass.
 */
import type { Dataset, DeepReadonly } from '../data/types';
import { type ChartExport, chartExport } from '../export/page-export';
import {
  checkDatasetOption,
  contactDetails,
  contactDocuments,
  type DocumentRecord,
  datasetIndexOf,
  isContactLike,
  type RecordDetails,
} from '../shared/contact-details';
import { createEmitter } from '../shared/emitter';
import { createLifecycle } from '../shared/lifecycle';
import { createTextMeasure, memoizeMeasure } from '../shared/measure-text';
import { createRovingFocus } from '../shared/roving-focus';
import { createTooltip } from '../shared/tooltip';
import { bindChordInput } from './interaction/bind-input';
import { createEmphasis } from './interaction/emphasis';
import { type ChordLayout, chordLayout } from './layout/chord-layout';
import type { ChordContact, ChordDefaults, ChordPerson } from './options';
import {
  type ChordTextOptions,
  chartDescription,
  chartTitle,
  filterAnnouncement,
  groupAriaLabel,
  highlightAnnouncement,
  pairText,
  ribbonAriaLabel,
} from './render/chart-text';
import {
  type ChordItem,
  type GroupPartner,
  groupItem,
  itemContacts,
  itemKeys,
  partnersByGroup,
  ribbonItem,
  ringPosition,
} from './render/chord-items';
import { createChordTable } from './render/chord-table';
import { type ChordDrawing, drawChord } from './render/draw-chord';
import { createGroupColors } from './render/group-colors';
import { matrixLabels } from './render/group-labels';
import { type ChordOptions, type ResolvedChordOptions, resolveChordOptions } from './render/resolve-options';
import { createChordScaffold } from './render/scaffold';
import { type TooltipSubject, tooltipContent } from './render/tooltip-content';

export type { ChordOptions } from './render/resolve-options';

export interface ChordSelectEvent {
  /** What was chosen: a group's arc or a ribbon. */
  type: 'group' | 'ribbon';
  /** The group's key, or the keys of the ribbon's two ends (sender first when directed; one for a self-ribbon). */
  keys: string[];
  /** The contacts behind it, in data order. */
  contacts: ChordContact[];
  /** The documents the dataset has for those contacts, each once. */
  documents: DocumentRecord[];
}

export interface ChordFocusEvent {
  type: 'group' | 'ribbon';
  keys: string[];
  contacts: ChordContact[];
}

export interface ChordEvents {
  /** A group or ribbon was clicked, or Enter or Space was pressed on it. */
  select: ChordSelectEvent;
  /** A group or ribbon received focus (by keyboard, click or script). */
  focus: ChordFocusEvent;
}

/** What `highlight` found. */
export interface ChordHighlight {
  /** Contacts highlighted that the chord draws. */
  count: number;
  /** Ids given that no drawn contact has (not in the data, or left out, e.g. meetings when directed). */
  missing: string[];
}

/** What `filter` kept. */
export interface ChordFilter {
  /** Contacts of `data` kept (drawn, unless a directed chord leaves them out as it would anyway). */
  count: number;
  /** Ids given that no contact of `data` has: nothing is skipped silently. */
  missing: string[];
}

/** Also `toSVG`, `toPNG` and `download` (src/export/page-export.ts): the chart as shown, as a file. */
export interface ChordHandle extends ChartExport {
  /** The chart's root `<svg>`. */
  readonly svg: SVGSVGElement;
  /** Changes options (merged into the current ones) and redraws; kept groups and ribbons keep their nodes. */
  update(options: ChordOptions): void;
  /** Listens to an event; returns the function that stops listening. */
  on<K extends keyof ChordEvents>(event: K, listener: (event: ChordEvents[K]) => void): () => void;
  /**
   * Emphasises the groups and ribbons that carry any of these contacts and fades the others; null shows all as usual.
   * Kept across updates. Used by `linkViews`.
   * @returns how many of the contacts are drawn, and the ids given that are not
   */
  highlight(contactIds: Iterable<string> | null): ChordHighlight;
  /**
   * Draws only the contacts of `data` with these ids (the paths move to their new shapes), or all of them again with
   * null. Unlike `update({ data })`, the chart keeps its title and its place as the bundled dataset's view, and the
   * filter lasts across updates. Used by `linkViews` to follow the timeline's brush.
   * @returns how many contacts are kept, and the ids given that `data` does not have
   */
  filter(contactIds: Iterable<string> | null): ChordFilter;
  /** Removes every node, listener, observer and timer the chord made. Safe to call twice. */
  destroy(): void;
}

const eventTypes = ['select', 'focus'] as const;

const peopleOf = new WeakMap<DeepReadonly<Dataset>, readonly ChordPerson[]>();

/** A dataset's people as the chord reads them (id and polity), built once per dataset. */
function datasetPeople(context: DeepReadonly<Dataset>): readonly ChordPerson[] {
  let people = peopleOf.get(context);
  if (!people) {
    people = context.people.map(({ id, polity }) => ({ id, polity }));
    peopleOf.set(context, people);
  }
  return people;
}

/**
 * What the chord's options module cannot know: the `dataset` option's contacts and people, and names for the keys of
 * the group modes (a polity's or a person's name). Keys of a custom `by` are shown as the caller wrote them.
 */
function defaultsFor(given: ChordOptions): ChordDefaults {
  const context = checkDatasetOption(given.dataset);
  if (!context) return {};
  const index = datasetIndexOf(context);
  const by = given.by ?? 'polity';
  const defaults: ChordDefaults = { data: context.contacts, people: datasetPeople(context) };
  if (by === 'polity') defaults.groupLabel = (key) => index.polities.get(key) ?? key;
  else if (by === 'person') defaults.groupLabel = (key) => index.people.get(key)?.name ?? key;
  return defaults;
}

/** Throws unless `ids` is an iterable (of contact ids) or null. */
function checkIds(method: string, ids: unknown): void {
  if (ids === null) return;
  if (typeof ids !== 'object' || typeof (ids as Iterable<string>)[Symbol.iterator] !== 'function') {
    throw new TypeError(`chord.${method}: invalid contactIds (expected an iterable of contact ids, or null)`);
  }
}

/** A stable id for an item across layouts: groups and ribbons have keys of their own. */
const itemId = (item: ChordItem) => `${item.type}:${item.key}`;

/**
 * Draws a chord diagram into `el`: the bundled contacts without options, or any contacts through `data`.
 * @throws TypeError or RangeError naming the option or the value that cannot be drawn; the host is then left as it
 *   was.
 */
export function createChord(el: Element, options: ChordOptions = {}): ChordHandle {
  if (!el || typeof el !== 'object' || (el as Node).nodeType !== 1) {
    throw new TypeError('createChord: the first argument must be a DOM Element to render into');
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError('createChord: invalid options (expected an object)');
  }
  const doc = el.ownerDocument;
  const lifecycle = createLifecycle();
  const emitter = createEmitter<ChordEvents>(eventTypes, 'chord');
  const dom = createChordScaffold(doc);
  el.append(dom.root);
  lifecycle.add(() => dom.root.remove());

  const hostWidth = () => Math.floor(dom.root.getBoundingClientRect().width);
  // Measured in the SVG's font (theme.css), now that it is in the page.
  // Memoised once for the chart's life: every relayout (resize, filter, update) re-measures nothing it has measured.
  const measure = memoizeMeasure(createTextMeasure(dom.svg));
  let given: ChordOptions = { ...options };
  let resolved: ResolvedChordOptions;
  let layout: ChordLayout;
  let laidOutWidth = hostWidth();
  /** The contact ids `filter` keeps, or null for all of `data`. */
  let filtered: ReadonlySet<string> | null = null;

  /** The layout of `options` at `width`, drawing only the contacts `kept` (by default, `filter`'s) keeps. */
  function layoutOf(
    options: ResolvedChordOptions,
    width: number,
    kept: ReadonlySet<string> | null = filtered,
  ): ChordLayout {
    const data = kept ? options.layout.data.filter((contact) => kept.has(contact.id)) : options.layout.data;
    return chordLayout(kept ? { ...options.layout, data } : options.layout, measure, width);
  }

  try {
    resolved = resolveChordOptions(given, defaultsFor(given));
    layout = layoutOf(resolved, laidOutWidth);
  } catch (error) {
    lifecycle.destroy(); // nothing is left behind by options or data that cannot be drawn
    throw error;
  }

  let destroyed = false;
  /** The contact ids `highlight` emphasises, or null. */
  let highlighted: ReadonlySet<string> | null = null;
  let labels: string[] = [];
  let partners: GroupPartner[][] = [];
  let contactsById = new Map<string, ChordContact>();
  let details = new Map<ChordContact, RecordDetails | null>();
  let drawing: ChordDrawing = { arcs: new Map(), ribbons: new Map() };
  let itemsByNode = new Map<Element, ChordItem>();
  let itemsById = new Map<string, ChordItem>();
  let hovered: string | null = null;
  let focused: string | null = null;
  let tipFor: string | null = null;

  // Polities keep their colours in the dataset's order, so a filter or a custom view never recolours one.
  /** The lookups of the `dataset` option, or null without one. */
  const lookups = () => (given.dataset ? datasetIndexOf(given.dataset) : null);
  const colors = createGroupColors(given.dataset?.polities.map((polity) => polity.id) ?? []);
  const table = createChordTable(dom.root);
  lifecycle.add(() => table.destroy());
  const tooltip = createTooltip(dom.figure, { onEscape: () => (tipFor = null) });
  lifecycle.add(() => tooltip.destroy());
  const emphasis = createEmphasis(dom.root);
  const roving = createRovingFocus(dom.svg, []);
  lifecycle.add(() => roving.destroy());

  function textOptions(): ChordTextOptions {
    return {
      directed: resolved.layout.directed,
      weighted: resolved.weighted,
      byMode: resolved.layout.byMode,
      bundled: resolved.bundled,
      title: resolved.view.title,
      description: resolved.view.description,
      tableHidden: resolved.view.table === 'hidden',
    };
  }

  function detailsOf(contact: ChordContact): RecordDetails | null {
    let found = details.get(contact);
    if (found === undefined) {
      const index = lookups();
      found = isContactLike(contact) && index ? contactDetails(index, resolved.language)(contact) : null;
      details.set(contact, found);
    }
    return found;
  }

  function contactsOf(item: ChordItem): ChordContact[] {
    const list: ChordContact[] = [];
    for (const id of itemContacts(item)) {
      const contact = contactsById.get(id);
      if (contact) list.push(contact);
    }
    return list;
  }

  function documentsOf(contacts: readonly ChordContact[]): DocumentRecord[] {
    const documents = new Map<string, DocumentRecord>();
    for (const contact of contacts) {
      if (!isContactLike(contact)) continue;
      const index = lookups();
      if (!index) continue;
      for (const document of contactDocuments(index, contact)) documents.set(document.id, document);
    }
    return [...documents.values()];
  }

  /** The emphasis follows the pointer first, then focus. */
  function syncEmphasis(): void {
    const id = hovered ?? focused;
    emphasis.set((id && itemsById.get(id)) || null, layout, drawing);
  }

  /** Draws the marks for the current layout and highlight, and gives the keyboard the new nodes. */
  function render(): void {
    const text = textOptions();
    const wanted = highlighted;
    drawing = drawChord({
      dom,
      layout,
      title: chartTitle(text),
      description: chartDescription(layout, labels, text),
      colors,
      groupLabel: (group) => groupAriaLabel(group, partners[group.index] ?? [], labels, text),
      ribbonLabel: (ribbon) => ribbonAriaLabel(ribbon, labels, text),
      dimmed: wanted ? (contacts) => !contacts.some((id) => wanted.has(id)) : null,
    });
    const items = [...layout.groups.map(groupItem), ...layout.ribbons.map(ribbonItem)];
    // Every item was just joined, so each has its node.
    const nodes = items.map((item) => nodeOfItem(item) as SVGPathElement);
    itemsByNode = new Map(nodes.map((node, i) => [node, items[i] as ChordItem]));
    itemsById = new Map(items.map((item) => [itemId(item), item]));
    // Groups are the first lane and ribbons the second (Up and Down between them); Left and Right go around the ring.
    roving.update(nodes, {
      lane: (i) => (items[i]?.type === 'group' ? 0 : 1),
      time: (i) => ringPosition(items[i] as ChordItem),
    });
    if (hovered !== null && !itemsById.has(hovered)) hovered = null;
    if (focused !== null && !itemsById.has(focused)) focused = null;
    syncEmphasis();
    if (tipFor !== null) {
      // The item under the tooltip may have moved or gone: follow it, else close.
      const current = nodeOf(tipFor);
      if (current) showTip(current.item, current.node);
      else hideTip();
    }
  }

  /** What changes only with a new layout: labels, partners, the table; then a drawing. */
  function applyLayout(): void {
    labels = matrixLabels(layout, resolved.layout);
    partners = partnersByGroup(layout);
    contactsById = new Map();
    for (const contact of resolved.layout.data) {
      // The first of two records with one id wins, as it does in the matrix's cells.
      if (!contactsById.has(contact.id)) contactsById.set(contact.id, contact);
    }
    table.sync({
      layout,
      labels,
      title: chartTitle(textOptions()),
      hidden: resolved.view.table === 'hidden',
      weighted: resolved.weighted,
      byMode: resolved.layout.byMode,
    });
    render();
  }

  function tooltipSubject(item: ChordItem): TooltipSubject {
    const base = {
      contacts: contactsOf(item),
      weighted: resolved.weighted,
      directed: layout.directed,
    };
    if (item.type === 'ribbon') return { ...base, title: pairText(item.ribbon, labels), value: item.ribbon.value };
    const { group } = item;
    const merged = group.merged.map((key) => String(resolved.layout.groupLabel(key)));
    return { ...base, title: group.label, value: group.value, ...(merged.length > 0 ? { merged } : {}) };
  }

  /** Shows an item's tooltip by `anchor`: its element (which the tooltip then describes), or a point. */
  function showTip(item: ChordItem, anchor: SVGPathElement | DOMRectReadOnly): void {
    tooltip.show(tooltipContent(doc, tooltipSubject(item), detailsOf), anchor);
    tipFor = itemId(item);
  }

  function hideTip(): void {
    tooltip.hide();
    tipFor = null;
  }

  function nodeOfItem(item: ChordItem): SVGPathElement | undefined {
    return item.type === 'group' ? drawing.arcs.get(item.key) : drawing.ribbons.get(item.key);
  }

  /** The item drawn now under an item id, and its node, or null when it is gone. */
  function nodeOf(id: string | null): { item: ChordItem; node: SVGPathElement } | null {
    const item = id === null ? undefined : itemsById.get(id);
    const node = item && nodeOfItem(item);
    return item && node ? { item, node } : null;
  }

  applyLayout();

  bindChordInput({
    dom,
    lifecycle,
    itemFrom(target) {
      const node = (target as Element | null)?.closest?.<SVGPathElement>('.stc-chord__mark');
      const item = node ? itemsByNode.get(node) : undefined;
      return node && item ? { node, item } : null;
    },
    focused(item, node) {
      focused = itemId(item);
      syncEmphasis();
      showTip(item, node);
      emitter.emit('focus', { type: item.type, keys: itemKeys(item), contacts: contactsOf(item) });
    },
    blurred(item, next) {
      const id = itemId(item);
      if (focused === id) focused = null;
      // Focus moving to another mark is followed by its own focusin.
      if (next instanceof Element && itemsByNode.has(next)) return;
      syncEmphasis();
      if (tipFor === id && hovered !== id) hideTip();
    },
    hovered(found) {
      hovered = found ? itemId(found.item) : null;
      syncEmphasis();
      if (found) {
        // At the pointer: a large arc's or ribbon's box says little about where the reader is looking.
        const { x, y } = found.point;
        if (tipFor !== hovered) showTip(found.item, new DOMRect(x, y, 0, 0));
        return;
      }
      // The pointer left: the focused mark, if any, gets its tooltip back.
      const current = nodeOf(focused);
      if (current) showTip(current.item, current.node);
      else hideTip();
    },
    select(item) {
      const contacts = contactsOf(item);
      emitter.emit('select', {
        type: item.type,
        keys: itemKeys(item),
        contacts,
        documents: documentsOf(contacts),
      });
    },
  });

  /** Lays out again for a new host width (width: 'auto'); kept groups and ribbons keep their nodes. */
  function followHost(): void {
    const width = hostWidth();
    if (width === laidOutWidth) return;
    laidOutWidth = width;
    const next = layoutOf(resolved, width);
    if (next.width === layout.width && next.height === layout.height) return;
    layout = next;
    applyLayout();
  }

  const view = doc.defaultView;
  if (view && 'ResizeObserver' in view) {
    let scheduled = false;
    const observer = new view.ResizeObserver(() => {
      if (resolved.layout.width !== 'auto' || scheduled) return;
      scheduled = true;
      // One relayout per frame, outside the observer's callback (no "ResizeObserver loop" error).
      lifecycle.frame(() => {
        scheduled = false;
        followHost();
      });
    });
    lifecycle.observe(observer).observe(dom.root);
  }

  return {
    ...chartExport(dom.svg, 'chord'),
    svg: dom.svg,
    update(partial) {
      if (destroyed) throw new Error('chord.update: called after destroy()');
      if (typeof partial !== 'object' || partial === null || Array.isArray(partial)) {
        throw new TypeError('chord.update: invalid options (expected an object)');
      }
      const nextGiven = { ...given, ...partial };
      const next = resolveChordOptions(nextGiven, defaultsFor(nextGiven));
      const width = hostWidth();
      // Laid out before anything changes: options or data that fail leave the chart as it was.
      const nextLayout = layoutOf(next, width);
      // Details are kept for contacts still given, in the same language; the others would only grow the cache.
      if (next.language !== resolved.language) details = new Map();
      else if (next.layout.data !== resolved.layout.data) {
        const kept = new Map<ChordContact, RecordDetails | null>();
        for (const contact of next.layout.data) {
          const found = details.get(contact);
          if (found !== undefined) kept.set(contact, found);
        }
        details = kept;
      }
      given = nextGiven;
      resolved = next;
      layout = nextLayout;
      laidOutWidth = width;
      applyLayout();
    },
    on(event, listener) {
      return emitter.on(event, listener);
    },
    highlight(contactIds) {
      if (destroyed) throw new Error('chord.highlight: called after destroy()');
      checkIds('highlight', contactIds);
      if (contactIds === null) {
        // Nothing highlighted: nothing to redraw, and nothing to announce.
        if (highlighted === null) return { count: 0, missing: [] };
        highlighted = null;
        dom.root.classList.remove('stc-chord--highlighting');
        render();
        dom.status.textContent = highlightAnnouncement(null, layout.directed);
        return { count: 0, missing: [] };
      }
      const wanted = new Set(contactIds);
      const drawn = new Set<string>();
      for (const group of layout.groups) for (const id of group.contacts) drawn.add(id);
      const missing = [...wanted].filter((id) => !drawn.has(id));
      const count = wanted.size - missing.length;
      highlighted = wanted;
      dom.root.classList.add('stc-chord--highlighting');
      render();
      dom.status.textContent = highlightAnnouncement(count, layout.directed);
      return { count, missing };
    },
    filter(contactIds) {
      if (destroyed) throw new Error('chord.filter: called after destroy()');
      checkIds('filter', contactIds);
      const all = resolved.layout.data;
      // Not filtered: nothing to lay out again, and nothing to announce.
      if (contactIds === null && filtered === null) return { count: all.length, missing: [] };
      const next = contactIds === null ? null : new Set(contactIds);
      // Laid out before anything changes: an accessor that throws leaves the chart as it was.
      layout = layoutOf(resolved, hostWidth(), next);
      filtered = next;
      applyLayout();
      if (filtered === null) {
        dom.status.textContent = filterAnnouncement(all.length, all.length, layout.directed);
        return { count: all.length, missing: [] };
      }
      const known = new Set(all.map((contact) => contact.id));
      const missing = [...filtered].filter((id) => !known.has(id));
      const count = filtered.size - missing.length;
      dom.status.textContent = filterAnnouncement(count, all.length, layout.directed);
      return { count, missing };
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      emitter.clear();
      lifecycle.destroy();
    },
  };
}
