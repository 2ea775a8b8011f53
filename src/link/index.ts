export {
  type LinkableChord,
  type LinkableTimeline,
  type LinkViewsOptions,
  linkViews,
  type ViewLink,
} from './link-views';
