import type { Dataset, DeepReadonly } from '../../data/types';
import { languageTag, timeTickFormat } from '../../shared/locale';
import {
  type ContactRecord,
  type TimelineOptions as LayoutOptions,
  type NormalizedTimelineOptions,
  normalizeTimelineOptions,
  type TimelineDefaults,
} from '../options';
import {
  type NormalizedViewOptions,
  normalizeViewOptions,
  type TimelineViewOptions,
  viewOptionNames,
} from './view-options';

/**
 * Every option of the timeline: what to draw and how to lay it out (see `options.ts`), and how to show it.
 * `width: 'auto'` (the default) follows the width of the host element.
 */
export type TimelineOptions<T = ContactRecord> = Omit<LayoutOptions<T>, 'width'> &
  TimelineViewOptions<T> & {
    /**
     * The width in pixels, margins included, or 'auto' to follow the host element's width (ResizeObserver).
     * @default 'auto'
     */
    width?: number | 'auto';
    /**
     * A dataset whose contacts are drawn when `data` is not given, and whose people, places and documents name them in
     * labels, tooltips and the table.
     * @default the bundled dataset, from the main entry (`soviet-turkish-contacts`); none from
     *   `soviet-turkish-contacts/timeline`, which then needs `data` or `dataset`
     */
    dataset?: DeepReadonly<Dataset>;
  };

/** The options resolved: layout and view options normalised, and what follows from them. */
export interface ResolvedOptions<T> {
  layout: NormalizedTimelineOptions<T>;
  view: NormalizedViewOptions<T>;
  /** Whether the width follows the host. */
  autoWidth: boolean;
  /** Whether no `data` was given, so the default data is drawn. */
  bundled: boolean;
  /** The Intl tag for dates in text. */
  language: string;
  tickFormat: (date: Date) => string;
}

/** The width used when the host has none yet (not in a document, or hidden). */
const fallbackWidth = 640;
/** The least plot width an auto width keeps. */
const minPlotWidth = 120;

/** The sum of the horizontal margins the options ask for (defaults 128 + 16), to keep an auto width above it. */
function horizontalMargin(margin: unknown): number {
  if (typeof margin === 'number') return 2 * margin;
  if (typeof margin === 'object' && margin !== null) {
    const sides = margin as { left?: number; right?: number };
    return (sides.left ?? 128) + (sides.right ?? 16);
  }
  return 144;
}

/**
 * Splits the options into layout and view options and normalises both.
 * @param hostWidth the host's width in pixels, for `width: 'auto'` (0 when unknown)
 * @throws TypeError or RangeError naming the invalid option
 */
export function resolveOptions<T>(
  given: TimelineOptions<T>,
  hostWidth: number,
  defaults: TimelineDefaults<T>,
): ResolvedOptions<T> {
  const layoutPart: Record<string, unknown> = {};
  const viewPart: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    if (viewOptionNames.includes(key)) viewPart[key] = value;
    else if (key !== 'width' && key !== 'dataset') layoutPart[key] = value;
  }
  const autoWidth = given.width === undefined || given.width === 'auto';
  layoutPart.width = autoWidth
    ? Math.max(hostWidth > 0 ? hostWidth : fallbackWidth, horizontalMargin(given.margin) + minPlotWidth)
    : given.width;
  const view = normalizeViewOptions(viewPart as TimelineViewOptions<T>);
  const layout = normalizeTimelineOptions<T>(layoutPart as LayoutOptions<T>, defaults);
  return {
    layout,
    view,
    autoWidth,
    bundled: given.data === undefined,
    language: languageTag(view.locale),
    tickFormat: timeTickFormat(view.locale),
  };
}
