export { createChord } from './create-chord';
export { createTimeline } from './create-timeline';
