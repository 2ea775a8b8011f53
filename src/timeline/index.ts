export type { DocumentRecord } from '../shared/contact-details';
export {
  createTimeline,
  type TimelineBrushEvent,
  type TimelineEvents,
  type TimelineFocusEvent,
  type TimelineHandle,
  type TimelineHighlight,
  type TimelineOptions,
  type TimelineSelectEvent,
  type TimelineZoomEvent,
} from './create-timeline';
export type {
  ContactRecord,
  LaneMode,
  TimelineAccessors,
  TimelineDateInput,
  TimelineMargin,
  TimelineOptions as TimelineLayoutOptions,
} from './options';
export type { TableMode, TimelineRecordDetails, TimelineViewOptions } from './render/view-options';
