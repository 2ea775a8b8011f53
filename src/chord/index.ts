export {
  type ChordEvents,
  type ChordFilter,
  type ChordFocusEvent,
  type ChordHandle,
  type ChordHighlight,
  type ChordOptions,
  type ChordSelectEvent,
  createChord,
} from './create-chord';
export type {
  ChordContact,
  ChordGroupAccessor,
  ChordGroupMode,
  ChordMargin,
  ChordOptions as ChordLayoutOptions,
  ChordPerson,
} from './options';
export type { ChordTableMode, ChordViewOptions } from './render/view-options';
