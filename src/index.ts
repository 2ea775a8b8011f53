// The main entry: the charts (createTimeline, createChord, linkViews) with the bundled dataset as their default, and the
// dataset's queries. `soviet-turkish-contacts/timeline` and `/chord` have each chart alone, without the dataset.

export { createChord, createTimeline } from './bundled';
export type {
  ChordContact,
  ChordEvents,
  ChordFilter,
  ChordFocusEvent,
  ChordGroupAccessor,
  ChordGroupMode,
  ChordHandle,
  ChordHighlight,
  ChordMargin,
  ChordOptions,
  ChordPerson,
  ChordSelectEvent,
  ChordTableMode,
} from './chord';
export { dateBounds, dateShape, dateSortKey, firstDay, isIsoDate, lastDay } from './data/dates';
export { contactsBetween, contactsInSpan, contactsOfPerson, contactsOfPolity, type SpanMode } from './data/filter';
export { type ContactMatrix, type ContactMatrixOptions, contactMatrix } from './data/matrix';
export type * from './data/types';
export { type LinkableChord, type LinkableTimeline, type LinkViewsOptions, linkViews, type ViewLink } from './link';
export type {
  ContactRecord,
  DocumentRecord,
  LaneMode,
  TableMode,
  TimelineAccessors,
  TimelineBrushEvent,
  TimelineDateInput,
  TimelineEvents,
  TimelineFocusEvent,
  TimelineHandle,
  TimelineHighlight,
  TimelineMargin,
  TimelineOptions,
  TimelineRecordDetails,
  TimelineSelectEvent,
  TimelineZoomEvent,
} from './timeline';
