/**
 * `linkViews(timeline, chord)`: one instrument from two charts. Brushing a span on the timeline filters the chord to
 * the contacts that may fall in it; selecting a group or a ribbon of the chord highlights its contacts on the timeline
 * (and zooms to them); selecting a mark on the timeline highlights its contact in the chord. `unlink()` undoes all of
 * it. Only the two handles' public APIs are used, so either chart works alone and neither imports the other.
 */
import type { ChordSelectEvent } from '../chord/create-chord';
import type { TimelineBrushEvent, TimelineSelectEvent } from '../timeline/create-timeline';

/** What `linkViews` needs of a timeline: a `TimelineHandle` of contacts (or of any records with an `id`). */
export interface LinkableTimeline {
  on(event: 'brush', listener: (event: TimelineBrushEvent<{ readonly id: string }>) => void): () => void;
  on(event: 'select', listener: (event: TimelineSelectEvent<{ readonly id: string }>) => void): () => void;
  update(options: { brush: boolean }): void;
  highlight(ids: Iterable<string> | null, options?: { zoom?: boolean }): unknown;
  readonly brushed: { from: Date; to: Date } | null;
  brushTo(span: { from: Date; to: Date } | null): void;
}

/** What `linkViews` needs of a chord diagram: a `ChordHandle`. */
export interface LinkableChord {
  on(event: 'select', listener: (event: ChordSelectEvent) => void): () => void;
  filter(contactIds: Iterable<string> | null): unknown;
  highlight(contactIds: Iterable<string> | null): unknown;
}

export interface LinkViewsOptions {
  /**
   * Whether selecting in the chord also zooms the timeline to the contacts selected.
   * @default true
   */
  zoom?: boolean;
}

export interface ViewLink {
  /** Whether the views are still linked. */
  readonly linked: boolean;
  /**
   * Stops the link: listeners removed, the brushed span cleared, the chord shows every contact again, highlights
   * cleared. Safe to call twice.
   */
  unlink(): void;
}

function checkHandle(name: string, value: unknown, methods: readonly string[]): void {
  const missing = methods.filter((method) => typeof (value as Record<string, unknown> | null)?.[method] !== 'function');
  if (typeof value !== 'object' || value === null || missing.length > 0) {
    throw new TypeError(
      `linkViews: invalid ${name} (expected the handle ${name === 'timeline' ? 'createTimeline' : 'createChord'} returns` +
        `${missing.length > 0 && typeof value === 'object' && value !== null ? `; it has no ${missing.join(', ')}` : ''})`,
    );
  }
}

/**
 * Links a timeline and a chord diagram of the same contacts. Turns the timeline's brush on (it stays on after
 * `unlink`, as an option the page may rely on).
 * @throws TypeError when either argument is not a chart handle, or an option is invalid
 */
export function linkViews(timeline: LinkableTimeline, chord: LinkableChord, options: LinkViewsOptions = {}): ViewLink {
  checkHandle('timeline', timeline, ['on', 'update', 'highlight', 'brushTo']);
  checkHandle('chord', chord, ['on', 'filter', 'highlight']);
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('linkViews: invalid options (expected { zoom?: boolean })');
  }
  const zoom = options.zoom ?? true;
  if (typeof zoom !== 'boolean')
    throw new TypeError(`linkViews: invalid zoom: ${String(zoom)} (expected true or false)`);

  timeline.update({ brush: true });
  /** Both views show the same contacts emphasised: a selection in either replaces it in both. */
  const emphasise = (ids: readonly string[], zoomTimeline: boolean) => {
    chord.highlight(ids);
    timeline.highlight(ids, { zoom: zoomTimeline });
  };
  const stops = [
    timeline.on('brush', ({ selection, ids }) => {
      chord.filter(selection ? ids : null);
    }),
    chord.on('select', ({ contacts }) => {
      emphasise(
        contacts.map((contact) => contact.id),
        zoom,
      );
    }),
    // The mark selected is on screen already: no zoom.
    timeline.on('select', ({ record }) => emphasise([record.id], false)),
  ];
  // A span brushed before the link filters the chord at once (selecting it again emits the event the link follows).
  const already = timeline.brushed;
  if (already) timeline.brushTo(already);

  let linked = true;
  return {
    get linked() {
      return linked;
    },
    unlink() {
      if (!linked) return;
      linked = false;
      for (const stop of stops) stop();
      // Each step on its own: a chart destroyed first (a normal teardown order), or a brush the page turned off,
      // must not keep the others from being undone.
      const steps = [
        () => timeline.brushTo(null), // a span left selected would look as if it still filtered the chord
        () => chord.filter(null),
        () => chord.highlight(null),
        () => timeline.highlight(null),
      ];
      for (const step of steps) {
        try {
          step();
        } catch {
          // That view is gone or has nothing to undo.
        }
      }
    },
  };
}
