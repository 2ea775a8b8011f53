import { checkLocale, type LocaleInput } from '../../shared/locale';
import { invalidOption as invalid, textOption as text } from '../../shared/option-checks';

/** Where the matrix table goes: read by screen readers only (shown while it has focus), or shown. It always exists. */
export type ChordTableMode = 'hidden' | 'visible';

/** The options of the chord diagram that decide how it is shown, beside the ones that decide its layout. */
export interface ChordViewOptions {
  /**
   * The language of the dates in tooltips: `'en'`, `'ru'`, `'tr'`, or a d3-time-format locale definition (with an
   * optional Intl `language`).
   * @default 'en'
   */
  locale?: LocaleInput;
  /**
   * The chart's accessible name.
   * @default for the bundled data "Soviet–Turkish diplomatic contacts, 1937–1939: who met whom" (directed: "… who
   *   wrote to whom"), else "Chord diagram" (directed: "Directed chord diagram")
   */
  title?: string;
  /**
   * The chart's accessible description.
   * @default a summary: the groups and contacts, the largest links, what is not drawn, and how to use the keyboard
   */
  description?: string;
  /**
   * The table of the matrix (a row and a column per group): `'hidden'` (read by screen readers, shown while it has
   * keyboard focus) or `'visible'`. There is always one: it is the chart's text alternative.
   * @default 'hidden'
   */
  table?: ChordTableMode;
}

export interface NormalizedChordViewOptions {
  locale: LocaleInput;
  title: string | null;
  description: string | null;
  table: ChordTableMode;
}

/** The names of the view options, so that `createChord` can tell them from layout options. */
export const chordViewOptionNames: readonly string[] = Object.freeze(['locale', 'title', 'description', 'table']);

/** Validates and defaults the view options; every error names the option, the value and what was expected. */
export function normalizeChordViewOptions(options: ChordViewOptions): NormalizedChordViewOptions {
  const table = options.table ?? 'hidden';
  if (table !== 'hidden' && table !== 'visible') {
    throw invalid('table', table, 'expected "hidden" or "visible": the chord always has its table');
  }
  return {
    locale: checkLocale(options.locale ?? 'en'),
    title: text('title', options.title),
    description: text('description', options.description),
    table,
  };
}
