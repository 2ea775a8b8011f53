import type { Dataset, DeepReadonly } from '../../data/types';
import { languageTag } from '../../shared/locale';
import {
  type ChordDefaults,
  chordLayoutOptionNames,
  type ChordOptions as LayoutOptions,
  type NormalizedChordOptions,
  normalizeChordOptions,
} from '../options';
import {
  type ChordViewOptions,
  chordViewOptionNames,
  type NormalizedChordViewOptions,
  normalizeChordViewOptions,
} from './view-options';

/** Every option of the chord diagram: what to draw and how to lay it out (see `options.ts`), and how to show it. */
export type ChordOptions = LayoutOptions &
  ChordViewOptions & {
    /**
     * A dataset whose contacts are drawn when `data` is not given, and whose polities, people and documents name the
     * groups and contacts.
     * @default the bundled dataset, from the main entry (`soviet-turkish-contacts`); none from
     *   `soviet-turkish-contacts/chord`, which then needs `data` or `dataset`
     */
    dataset?: DeepReadonly<Dataset>;
  };

export interface ResolvedChordOptions {
  layout: NormalizedChordOptions;
  view: NormalizedChordViewOptions;
  /** Whether no `data` was given, so the bundled contacts are drawn. */
  bundled: boolean;
  /** Whether a `weight` was given: the text then gives weights beside the counts of contacts. */
  weighted: boolean;
  /** The Intl tag for dates in text. */
  language: string;
}

/**
 * Splits the options into layout and view options and normalises both.
 * @throws TypeError or RangeError naming the invalid option; `unknown option: "x"` for a name neither part knows
 */
export function resolveChordOptions(given: ChordOptions, defaults: ChordDefaults): ResolvedChordOptions {
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new TypeError('createChord: invalid options (expected an object)');
  }
  const layoutPart: Record<string, unknown> = {};
  const viewPart: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    if (key === 'dataset') continue; // the caller's context (checked by createChord), neither layout nor view
    if (chordViewOptionNames.includes(key)) viewPart[key] = value;
    else if (chordLayoutOptionNames.includes(key)) layoutPart[key] = value;
    else throw new TypeError(`unknown option: ${JSON.stringify(key)}`);
  }
  const view = normalizeChordViewOptions(viewPart as ChordViewOptions);
  const layout = normalizeChordOptions(layoutPart as LayoutOptions, defaults);
  return {
    layout,
    view,
    bundled: given.data === undefined,
    weighted: given.weight !== undefined,
    language: languageTag(view.locale),
  };
}
