export {
  type GroupLabels,
  type GroupTick,
  type LabelCandidate,
  type LabelSettings,
  type LabelState,
  minLabelledArc,
  type PlacedGroupLabel,
  placeGroupLabels,
  tickLength,
} from './chord-labels';
export {
  type ChordEmptyState,
  type ChordGroupLayout,
  type ChordLayout,
  chordLayout,
  fallbackWidth,
} from './chord-layout';
export {
  type ChordMatrix,
  chordMatrix,
  contactsInCells,
  groupValuesOf,
  type MergedGroup,
  type MergeSettings,
  mergeSmallGroups,
} from './chord-matrix';
export { arcPath, type RibbonSettings, ribbonPaths } from './chord-paths';
export { type ChordRibbonEnd, type ChordRibbonLayout, layoutRibbons, type RibbonLayoutSettings } from './chord-ribbons';
export {
  boxesOverlap,
  boxInside,
  type LabelBox,
  labelBox,
  labelOrientation,
  type Point,
  polarPoint,
} from './label-geometry';
