// The main entry: the charts (createTimeline, createChord, linkViews) and the dataset's queries. Each chart renders the
// bundled dataset when given no data, so importing one still brings the dataset in (to be split by the embedding issue).

export {
  type ChordContact,
  type ChordEvents,
  type ChordFilter,
  type ChordFocusEvent,
  type ChordGroupAccessor,
  type ChordGroupMode,
  type ChordHandle,
  type ChordHighlight,
  type ChordMargin,
  type ChordOptions,
  type ChordPerson,
  type ChordSelectEvent,
  type ChordTableMode,
  createChord,
} from './chord';
export { dateBounds, dateShape, dateSortKey, firstDay, isIsoDate, lastDay } from './data/dates';
export { contactsBetween, contactsInSpan, contactsOfPerson, contactsOfPolity, type SpanMode } from './data/filter';
export { type ContactMatrix, type ContactMatrixOptions, contactMatrix } from './data/matrix';
export type * from './data/types';
export { type LinkableChord, type LinkableTimeline, type LinkViewsOptions, linkViews, type ViewLink } from './link';
export {
  type ContactRecord,
  createTimeline,
  type DocumentRecord,
  type LaneMode,
  type TableMode,
  type TimelineAccessors,
  type TimelineBrushEvent,
  type TimelineDateInput,
  type TimelineEvents,
  type TimelineFocusEvent,
  type TimelineHandle,
  type TimelineHighlight,
  type TimelineMargin,
  type TimelineOptions,
  type TimelineRecordDetails,
  type TimelineSelectEvent,
  type TimelineZoomEvent,
} from './timeline';
