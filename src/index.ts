// The main entry: the charts (createTimeline now; createChord next) and the dataset's queries. createTimeline renders the
// bundled dataset when given no data, so importing it still brings the dataset in (to be split by the embedding issue).

export { dateBounds, dateShape, dateSortKey, firstDay, isIsoDate, lastDay } from './data/dates';
export { contactsBetween, contactsInSpan, contactsOfPerson, contactsOfPolity, type SpanMode } from './data/filter';
export { type ContactMatrix, type ContactMatrixOptions, contactMatrix } from './data/matrix';
export type * from './data/types';
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
