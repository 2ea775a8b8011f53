import type { Contact, DeepReadonly } from '../data/types';
import {
  accessor,
  distinctStrings,
  invalidOption as invalid,
  isFiniteNumber,
  marginOption,
  nonNegativeNumber,
  positiveNumber,
} from '../shared/option-checks';

/** A contact as the chord reads it: the bundled dataset's are deeply frozen, and a mutable one fits too. */
export type ChordContact = DeepReadonly<Contact>;

/** What a group (an arc of the ring) stands for: each participant's polity, each participant, or an accessor's key. */
export type ChordGroupMode = 'polity' | 'person';

/** Maps a participant of a contact to the key of its group. */
export type ChordGroupAccessor = (person: string, contact: ChordContact) => string;

/** A person's polity, as `people` gives it. */
export interface ChordPerson {
  readonly id: string;
  readonly polity: string;
}

/** Space around the ring, in pixels: the group labels are drawn in it. */
export interface ChordMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The options of the chord diagram that decide its layout. View-only options (locale, title, tooltips, the table) are
 * not here: `createChord` adds them.
 */
export interface ChordOptions {
  /**
   * The contacts to draw.
   * @default the bundled dataset's contacts (supplied by `createChord` through `ChordDefaults`)
   */
  data?: readonly ChordContact[];
  /**
   * What a group stands for: `'polity'` (each participant's polity), `'person'` (each participant), or a function
   * mapping a participant of a contact to its group's key.
   * @default 'polity'
   */
  by?: ChordGroupMode | ChordGroupAccessor;
  /**
   * Whether ribbons run from the sender's group to the recipients' (messages, telegrams and letters only; meetings and
   * talks are then left out, and listed in `excluded`). Drawn with d3-chord's `chordDirected` and arrow ribbons.
   * @default false
   */
  directed?: boolean;
  /**
   * The weight of a contact: how much arc and ribbon width it adds. Must return a finite number ≥ 0.
   * @default () => 1 (every contact counts once per pair of groups it joins)
   */
  weight?: (contact: ChordContact) => number;
  /**
   * Group keys to put first around the ring, in this order; they appear even without contacts and are never merged
   * into "other". The rest follow sorted by key.
   * @default []
   */
  order?: readonly string[];
  /**
   * Groups whose share of the total weight is below this are merged into one "other" group (only when two or more
   * fall below it: merging one group would only hide its name). A number in [0, 1); 0 merges nothing.
   * @default 0
   */
  threshold?: number;
  /**
   * The text of a group's label (and its name in the table).
   * @default `ChordDefaults.groupLabel` when given (e.g. polity and person names for the bundled data), else the key
   */
  groupLabel?: (key: string) => string;
  /**
   * The text of the merged group's label, given the keys merged into it.
   * @default (merged) => `other (${merged.length})`
   */
  otherLabel?: (merged: readonly string[]) => string;
  /**
   * The width of the chart in pixels, margins included, or 'auto' to take the host's width (640 when it has none).
   * @default 'auto'
   */
  width?: number | 'auto';
  /**
   * The height of the chart in pixels, margins included.
   * @default the chart's width (a square)
   */
  height?: number;
  /**
   * The gap between neighbouring groups, in radians. At most half the circle goes to gaps, however many groups.
   * @default 0.04
   */
  padAngle?: number;
  /**
   * The thickness of the ring of group arcs, in pixels (at most half the radius).
   * @default 12
   */
  ringWidth?: number;
  /**
   * The distance from the outside of the ring to the start of a group's label, in pixels.
   * @default 8
   */
  labelOffset?: number;
  /**
   * The height of a label's line, in pixels: labels closer than this to each other are hidden. Match the CSS font.
   * @default 14
   */
  labelHeight?: number;
  /**
   * Space around the ring in pixels, where the labels go: one number for all sides, or any of the sides.
   * @default 96 on every side
   */
  margin?: number | Partial<ChordMargin>;
  /**
   * The people, to find the polity of each sender and recipient (needed with `by: 'polity'` and `directed: true`) and
   * to colour a person's group by their polity (with `by: 'person'`).
   * @default `ChordDefaults.people` (the bundled dataset's people when `createChord` draws it), else none
   */
  people?: readonly ChordPerson[];
}

/** Every option resolved: validated, defaulted, and in the form the layout uses. */
export interface NormalizedChordOptions {
  data: readonly ChordContact[];
  /** The group accessor, or the name of a group mode. */
  by: ChordGroupMode | ChordGroupAccessor;
  /** The group mode, or 'custom' for an accessor. */
  byMode: ChordGroupMode | 'custom';
  directed: boolean;
  weight: (contact: ChordContact) => number;
  order: readonly string[];
  threshold: number;
  groupLabel: (key: string) => string;
  otherLabel: (merged: readonly string[]) => string;
  /** Pixels, or 'auto' for the host's width (resolved by `chordLayout`). */
  width: number | 'auto';
  /** Pixels, or null for as tall as the chart is wide. */
  height: number | null;
  padAngle: number;
  ringWidth: number;
  labelOffset: number;
  labelHeight: number;
  margin: ChordMargin;
  /** The people given, or null for none. */
  people: readonly ChordPerson[] | null;
}

/**
 * Defaults that cannot live in this module. The bundled dataset is not imported here so that custom data never pulls
 * it in: `createChord` passes its contacts, people and names when its caller gives none.
 */
export interface ChordDefaults {
  data?: readonly ChordContact[];
  people?: readonly ChordPerson[];
  groupLabel?: (key: string) => string;
}

const groupModes: readonly ChordGroupMode[] = ['polity', 'person'];
const defaultMargin: ChordMargin = { top: 96, right: 96, bottom: 96, left: 96 };

/** The option names this module accepts: `createChord` sends the others to its view options. */
export const chordLayoutOptionNames: readonly string[] = Object.freeze([
  'data',
  'by',
  'directed',
  'weight',
  'order',
  'threshold',
  'groupLabel',
  'otherLabel',
  'width',
  'height',
  'padAngle',
  'ringWidth',
  'labelOffset',
  'labelHeight',
  'margin',
  'people',
]);

function isStringArray(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Checks that each record has the fields `contactMatrix` reads, so a wrong record fails here with its position rather
 * than deep inside the matrix with "not iterable".
 */
function contacts(value: unknown): readonly ChordContact[] {
  if (!Array.isArray(value)) throw invalid('data', value, 'expected an array of contacts');
  value.forEach((record: unknown, index) => {
    const loose = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
    const direction = loose.direction as Record<string, unknown> | null | undefined;
    const directionOk =
      direction === null ||
      (typeof direction === 'object' && isStringArray(direction.from) && isStringArray(direction.to));
    if (
      typeof loose.id !== 'string' ||
      typeof loose.kind !== 'string' ||
      !isStringArray(loose.participants) ||
      !isStringArray(loose.polities) ||
      !directionOk
    ) {
      throw invalid(
        `data[${index}]`,
        record,
        'expected a contact with string id and kind, participants and polities as string arrays, and direction null or { from, to }',
      );
    }
  });
  return value as readonly ChordContact[];
}

function people(value: unknown): readonly ChordPerson[] {
  if (!Array.isArray(value)) throw invalid('people', value, 'expected an array of { id, polity }');
  value.forEach((person: unknown, index) => {
    const loose = (typeof person === 'object' && person !== null ? person : {}) as Record<string, unknown>;
    if (typeof loose.id !== 'string' || typeof loose.polity !== 'string') {
      throw invalid(`people[${index}]`, person, 'expected { id: string, polity: string }');
    }
  });
  return value as readonly ChordPerson[];
}

/** A size in pixels that must leave room inside the margins of its axis. */
function sizeInside(name: 'width' | 'height', value: unknown, first: number, second: number, sides: string): number {
  const size = positiveNumber(name, value);
  if (size <= first + second) {
    throw new RangeError(`invalid ${name}: ${size} (expected more than ${sides} = ${first + second})`);
  }
  return size;
}

/**
 * Validates and defaults chord options: the one place this happens, so the layout and the renderer can trust every
 * field. Unknown option names are rejected, and every error names the option, the value and what was expected. An
 * option set to `undefined` counts as absent.
 *
 * @param defaults what this module cannot import (the bundled contacts and people, names for labels); without
 *   `defaults.data`, `options.data` is required.
 * @throws TypeError naming the option, or RangeError for sizes that leave no room inside the margins
 */
export function normalizeChordOptions(
  options: ChordOptions = {},
  defaults: ChordDefaults = {},
): NormalizedChordOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalid('options', options, 'expected an object');
  }
  const given: Record<string, unknown> = { ...options };
  for (const key of Object.keys(given)) {
    if (!chordLayoutOptionNames.includes(key)) throw new TypeError(`unknown option: ${JSON.stringify(key)}`);
  }
  const has = (key: string) => given[key] !== undefined;

  const data = has('data') ? given.data : defaults.data;
  if (data === undefined) {
    throw new TypeError(
      'missing option: data (expected an array of contacts; or pass dataset, e.g. the bundled one: ' +
        "import { dataset } from 'soviet-turkish-contacts/data')",
    );
  }

  const by = has('by') ? given.by : 'polity';
  let byMode: ChordGroupMode | 'custom';
  if (typeof by === 'function') byMode = 'custom';
  else if (groupModes.includes(by as ChordGroupMode)) byMode = by as ChordGroupMode;
  else throw invalid('by', by, 'expected "polity", "person" or a function');

  const directed = has('directed') ? given.directed : false;
  if (typeof directed !== 'boolean') throw invalid('directed', directed, 'expected true or false');

  const threshold = has('threshold') ? given.threshold : 0;
  if (!(isFiniteNumber(threshold) && threshold >= 0 && threshold < 1)) {
    throw invalid('threshold', threshold, 'expected a number in [0, 1): a share of the total weight');
  }

  const padAngle = has('padAngle') ? given.padAngle : 0.04;
  if (!(isFiniteNumber(padAngle) && padAngle >= 0 && padAngle < Math.PI)) {
    throw invalid('padAngle', padAngle, 'expected radians in [0, π)');
  }

  const resolvedPeople = has('people') ? people(given.people) : (defaults.people ?? null);
  if (directed && byMode === 'polity' && resolvedPeople === null) {
    throw new TypeError(
      'missing option: people (expected an array of { id, polity } with directed: true and by: "polity", to find the polity of each sender and recipient)',
    );
  }

  const resolvedMargin = has('margin') ? marginOption(given.margin, defaultMargin) : { ...defaultMargin };
  let width: number | 'auto' = 'auto';
  if (has('width') && given.width !== 'auto') {
    if (!(isFiniteNumber(given.width) && given.width > 0)) {
      throw invalid('width', given.width, 'expected a positive number or "auto"');
    }
    width = sizeInside('width', given.width, resolvedMargin.left, resolvedMargin.right, 'margin.left + margin.right');
  }
  const height = has('height')
    ? sizeInside('height', given.height, resolvedMargin.top, resolvedMargin.bottom, 'margin.top + margin.bottom')
    : null;

  return {
    data: contacts(data),
    by: by as ChordGroupMode | ChordGroupAccessor,
    byMode,
    directed,
    weight: has('weight') ? accessor<(contact: ChordContact) => number>('weight', given.weight) : () => 1,
    order: has('order') ? distinctStrings('order', given.order) : [],
    threshold,
    groupLabel: has('groupLabel')
      ? accessor<(key: string) => string>('groupLabel', given.groupLabel)
      : (defaults.groupLabel ?? ((key) => key)),
    otherLabel: has('otherLabel')
      ? accessor<(merged: readonly string[]) => string>('otherLabel', given.otherLabel)
      : (merged) => `other (${merged.length})`,
    width,
    height,
    padAngle,
    ringWidth: has('ringWidth') ? positiveNumber('ringWidth', given.ringWidth) : 12,
    labelOffset: has('labelOffset') ? nonNegativeNumber('labelOffset', given.labelOffset) : 8,
    labelHeight: has('labelHeight') ? positiveNumber('labelHeight', given.labelHeight) : 14,
    margin: resolvedMargin,
    people: resolvedPeople,
  };
}
