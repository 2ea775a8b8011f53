import type { TimeInterval } from '../layout/time-interval';

/**
 * How a mark is drawn, from its interval: a `point` for one certain day; a `span` bar for a stated period; a `reduced`
 * band for a date known only to the month or year (never a point on some day of it); an `uncertain` range whisker,
 * fading toward an unknown bound, for a date known only to lie between bounds.
 */
export type MarkVariant = 'point' | 'span' | 'reduced' | 'uncertain';

export function markVariant(interval: TimeInterval): MarkVariant {
  if (interval.shape === 'uncertain') return 'uncertain';
  if (interval.precision !== 'day') return 'reduced';
  return interval.shape === 'span' ? 'span' : 'point';
}

/**
 * The class list of a mark: its variant, its kind's colour class, and modifiers a reader (and a test) can see:
 * `--inferred` for a date no source prints, `--open-start`/`--open-end` for an unknown bound, `--precision-month` or
 * `--precision-year` for a reduced precision.
 */
export function markClassName(interval: TimeInterval, kindClassName: string): string {
  let name = `stc-timeline__mark stc-timeline__mark--${markVariant(interval)} ${kindClassName}`;
  if (interval.basis === 'inferred') name += ' stc-timeline__mark--inferred';
  if (interval.openStart) name += ' stc-timeline__mark--open-start';
  if (interval.openEnd) name += ' stc-timeline__mark--open-end';
  if (interval.precision !== 'day') name += ` stc-timeline__mark--precision-${interval.precision}`;
  return name;
}
