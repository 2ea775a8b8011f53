export {
  type LabelledExtent,
  type LabelPlacement,
  type PlacedLabel,
  placeLabels,
} from './labels';
export { type LaneKeys, laneAccessor, orderLanes, polityJoiner, polityPairKey } from './lanes';
export {
  fallbackSpanMs,
  type MarkX,
  paddedDomain,
  placeMarkX,
  resolveDomain,
  type TimeScale,
  timeScale,
  timeToPixel,
} from './mark-geometry';
export { type Extent, type Packing, packRows } from './pack';
export { rescaleLayout } from './rescale-layout';
export { type ResolvedRecords, resolveRecords } from './resolve-records';
export {
  dayMs,
  type IntervalPrecision,
  type IntervalShape,
  isoDateRange,
  type TimeInterval,
  toInterval,
} from './time-interval';
export { type LaneLayout, type Mark, type RowLayout, type TimelineLayout, timelineLayout } from './timeline-layout';
export { isInView, latestEnds, visibleMarks } from './visible-marks';
