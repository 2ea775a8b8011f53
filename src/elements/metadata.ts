/**
 * What the custom elements offer: attributes, events, CSS parts and custom properties, described once. The elements
 * read it (observed attributes, the events they re-dispatch, the parts they set), and
 * scripts/write-elements-manifest.mjs turns it into custom-elements.json, so the manifest cannot drift from the code.
 *
 * This module imports nothing: the manifest script loads it on its own, in Node, without a bundler.
 */

/** How an attribute's text becomes an option. */
export type AttributeKind =
  /** One of `values`. */
  | 'enum'
  /** Present means true (an HTML boolean attribute: `brush`, `brush=""`). */
  | 'boolean'
  /** A finite number. */
  | 'number'
  /** A positive number, or one of `values` (e.g. 'auto'). */
  | 'size'
  /** Any text, passed on as is (the chart checks it). */
  | 'string';

export interface AttributeSpec {
  readonly name: string;
  readonly kind: AttributeKind;
  /** The words the attribute accepts (for 'enum' and 'size'). */
  readonly values?: readonly string[];
  /** The type as the manifest shows it. */
  readonly type: string;
  readonly default?: string;
  readonly description: string;
}

export interface NamedDoc {
  readonly name: string;
  readonly description: string;
}

export interface EventSpec extends NamedDoc {
  /** The chart's own event name, which the element re-dispatches as `name`. */
  readonly chartEvent: string;
  /** The type of `detail`, as the manifest shows it. */
  readonly detailType: string;
}

export interface PropertySpec extends NamedDoc {
  readonly type: string;
  readonly readonly?: boolean;
}

export interface CssPropertySpec extends NamedDoc {
  readonly default?: string;
}

export interface ElementSpec {
  readonly tagName: string;
  readonly className: string;
  /** Where the class is declared, relative to the repository root. */
  readonly source: string;
  readonly description: string;
  readonly attributes: readonly AttributeSpec[];
  readonly properties: readonly PropertySpec[];
  readonly events: readonly EventSpec[];
  readonly parts: readonly NamedDoc[];
  readonly cssProperties: readonly CssPropertySpec[];
}

const themeAttribute: AttributeSpec = {
  name: 'theme',
  kind: 'enum',
  values: ['light', 'dark', 'auto'],
  type: "'light' | 'dark' | 'auto'",
  default: 'auto',
  description:
    "The colour scheme: light, dark, or auto to follow the reader's system setting. Set as `data-theme` on the element (a `data-theme` on the page does not cross the shadow root).",
};

const localeAttribute: AttributeSpec = {
  name: 'locale',
  kind: 'string',
  type: "'en' | 'ru' | 'tr'",
  default: 'en',
  description: 'The language of dates in the chart (axis, tooltips, table): en, ru or tr.',
};

const titleAttribute: AttributeSpec = {
  name: 'title',
  kind: 'string',
  type: 'string',
  description:
    "The chart's accessible name (the chart's own default when absent). Being the global `title` attribute, it also gives the element a tooltip, as on any element.",
};

const errorEvent: EventSpec = {
  name: 'stc-error',
  chartEvent: '',
  detailType: '{ attribute: string | null; property: string | null; value: unknown; message: string; error: Error }',
  description:
    'An attribute or property could not be applied (the chart keeps its last valid render). Also logged with console.error.',
};

const commonProperties: readonly PropertySpec[] = [
  {
    name: 'options',
    type: 'object',
    description:
      'Any other option of the chart, as an object; merged after the attributes (an option given here wins over its attribute).',
  },
  {
    name: 'handle',
    type: 'TimelineHandle | ChordHandle | null',
    readonly: true,
    description: "The chart's handle (zoomTo, highlight, …) while the element is connected and rendered, else null.",
  },
  {
    name: 'updateComplete',
    type: 'Promise<boolean>',
    readonly: true,
    description:
      'Resolves once pending attribute and property changes are rendered: true when they were applied, false when one was refused (see stc-error).',
  },
];

const commonCssProperties: readonly CssPropertySpec[] = [
  { name: '--stc-font-family', description: 'The font of all text.', default: 'system-ui, …, sans-serif' },
  { name: '--stc-font-size', description: 'The size of body text (table, tooltip).', default: '0.9375rem' },
  { name: '--stc-font-size-small', description: 'The size of small text (notes, tooltip).', default: '0.8125rem' },
  { name: '--stc-space', description: 'The unit of spacing.', default: '0.5rem' },
  { name: '--stc-radius', description: 'The corner radius of buttons and the tooltip.', default: '4px' },
  { name: '--stc-focus-width', description: 'The width of the focus ring.', default: '3px' },
  { name: '--stc-color-text', description: 'Text colour.' },
  { name: '--stc-color-text-muted', description: 'Secondary text colour.' },
  { name: '--stc-color-background', description: 'Background colour.' },
  { name: '--stc-color-surface', description: 'Background of buttons, table headers and the tooltip.' },
  { name: '--stc-color-stripe', description: 'Background of every other table row.' },
  { name: '--stc-color-border', description: 'Border and grid colour.' },
  { name: '--stc-color-link', description: 'Link colour.' },
  { name: '--stc-color-focus', description: 'Focus ring colour.' },
];

const kindColours: readonly CssPropertySpec[] = ['meeting', 'talks', 'telegram', 'letter', 'message'].map((kind) => ({
  name: `--stc-kind-${kind}`,
  description: `The colour of a ${kind} mark.`,
}));

const polityColours: readonly CssPropertySpec[] = [
  { name: '--stc-polity-ussr', description: 'The colour of the USSR.' },
  { name: '--stc-polity-turkey', description: 'The colour of Turkey.' },
  ...[1, 2, 3, 4, 5].map((n) => ({ name: `--stc-polity-other-${n}`, description: `The colour of other polity ${n}.` })),
];

export const timelineSpec: ElementSpec = {
  tagName: 'stc-timeline',
  className: 'StcTimelineElement',
  source: 'src/elements/stc-timeline.ts',
  description:
    'A timeline of Soviet–Turkish diplomatic contacts (or of any records, through the `data` and `options` properties), rendered in a shadow root.',
  attributes: [
    {
      name: 'lane',
      kind: 'enum',
      values: ['polity-pair', 'person', 'kind'],
      type: "'polity-pair' | 'person' | 'kind'",
      default: 'polity-pair',
      description: 'One lane per pair of polities, per participant, or per kind of contact.',
    },
    {
      name: 'from',
      kind: 'string',
      type: 'string',
      description: 'The start of the time shown: an ISO date YYYY, YYYY-MM or YYYY-MM-DD (from its first day).',
    },
    {
      name: 'to',
      kind: 'string',
      type: 'string',
      description: 'The end of the time shown: an ISO date (its last day included).',
    },
    localeAttribute,
    themeAttribute,
    {
      name: 'height',
      kind: 'size',
      values: ['auto'],
      type: "number | 'auto'",
      default: 'auto',
      description: 'The height in pixels, or auto to give every row its height. The width follows the element.',
    },
    {
      name: 'brush',
      kind: 'boolean',
      type: 'boolean',
      default: 'false',
      description: 'Whether a span of time can be selected (by dragging, or with the Select button); emits stc-brush.',
    },
    {
      name: 'table',
      kind: 'enum',
      values: ['hidden', 'visible', 'none'],
      type: "'hidden' | 'visible' | 'none'",
      default: 'hidden',
      description: 'The data table: for screen readers only (shown while focused), shown, or none.',
    },
    titleAttribute,
  ],
  properties: [
    {
      name: 'data',
      type: 'readonly T[] | undefined',
      description:
        'Custom records to draw instead of the bundled contacts (with accessors in `options` unless they are contacts).',
    },
    ...commonProperties,
  ],
  events: [
    {
      name: 'stc-select',
      chartEvent: 'select',
      detailType: 'TimelineSelectEvent<T>',
      description: 'A mark was clicked, or Enter or Space was pressed on it.',
    },
    {
      name: 'stc-zoom',
      chartEvent: 'zoom',
      detailType: 'TimelineZoomEvent',
      description: 'The time shown changed.',
    },
    {
      name: 'stc-brush',
      chartEvent: 'brush',
      detailType: 'TimelineBrushEvent<T>',
      description: 'With brush: a span was selected or cleared.',
    },
    {
      name: 'stc-focus',
      chartEvent: 'focus',
      detailType: 'TimelineFocusEvent<T>',
      description: 'A mark received focus.',
    },
    errorEvent,
  ],
  parts: [
    { name: 'chart', description: 'The whole chart: header, figure and table.' },
    { name: 'header', description: 'The row above the figure: legend and buttons.' },
    { name: 'legend', description: 'The legend of kinds and of how dates are drawn.' },
    { name: 'controls', description: 'Each group of buttons (zoom, and selection with brush).' },
    { name: 'figure', description: 'The drawing (SVG, and a canvas when many marks are in view).' },
    { name: 'tooltip', description: 'The tooltip of a mark.' },
    { name: 'table', description: 'The container of the data table (absent with table="none").' },
  ],
  cssProperties: [
    ...commonCssProperties,
    {
      name: '--stc-timeline-font-size',
      description: 'The size of the text in the drawing. Set it on `::part(chart)` (the chart sets its own default).',
      default: '12px',
    },
    ...kindColours,
  ],
};

export const chordSpec: ElementSpec = {
  tagName: 'stc-chord',
  className: 'StcChordElement',
  source: 'src/elements/stc-chord.ts',
  description:
    'A chord diagram of who met or wrote to whom (the bundled contacts, or custom ones through the `data` property), rendered in a shadow root.',
  attributes: [
    {
      name: 'by',
      kind: 'enum',
      values: ['polity', 'person'],
      type: "'polity' | 'person'",
      default: 'polity',
      description: "One group per participant's polity, or per participant.",
    },
    {
      name: 'directed',
      kind: 'boolean',
      type: 'boolean',
      default: 'false',
      description: 'Ribbons run from sender to recipients (messages only; meetings and talks are left out).',
    },
    {
      name: 'threshold',
      kind: 'number',
      type: 'number',
      default: '0',
      description: 'Groups with a smaller share of the total than this (0 to 1) are merged into "other".',
    },
    localeAttribute,
    themeAttribute,
    {
      name: 'height',
      kind: 'size',
      values: [],
      type: 'number',
      description: 'The height in pixels (default: the width, a square). The width follows the element.',
    },
    {
      name: 'table',
      kind: 'enum',
      values: ['hidden', 'visible'],
      type: "'hidden' | 'visible'",
      default: 'hidden',
      description: 'The matrix table: for screen readers only (shown while focused), or shown. There is always one.',
    },
    titleAttribute,
  ],
  properties: [
    {
      name: 'data',
      type: 'readonly ChordContact[] | undefined',
      description: 'Custom contacts to draw instead of the bundled ones.',
    },
    ...commonProperties,
  ],
  events: [
    {
      name: 'stc-select',
      chartEvent: 'select',
      detailType: 'ChordSelectEvent',
      description: 'A group or ribbon was clicked, or Enter or Space was pressed on it.',
    },
    {
      name: 'stc-focus',
      chartEvent: 'focus',
      detailType: 'ChordFocusEvent',
      description: 'A group or ribbon received focus.',
    },
    errorEvent,
  ],
  parts: [
    { name: 'chart', description: 'The whole chart: figure and table.' },
    { name: 'figure', description: 'The drawing, with its notes.' },
    { name: 'note', description: 'The note under the ring on labels that did not fit.' },
    { name: 'tooltip', description: 'The tooltip of a group or ribbon.' },
    { name: 'table', description: 'The container of the matrix table.' },
  ],
  cssProperties: [
    ...commonCssProperties,
    // These four are given defaults on the chart's root, so they are set on `::part(chart)`, not on the element.
    {
      name: '--stc-chord-font-size',
      description: 'The size of the labels. Set it on `::part(chart)`.',
      default: '12px',
    },
    {
      name: '--stc-chord-other',
      description: 'The colour of the merged "other" group. Set it on `::part(chart)`.',
      default: 'var(--stc-color-text-muted)',
    },
    {
      name: '--stc-chord-dimmed-opacity',
      description: 'The opacity of marks outside a highlight. Set it on `::part(chart)`.',
      default: '0.25',
    },
    {
      name: '--stc-chord-faded-opacity',
      description: 'The opacity of marks away from the one hovered or focused. Set it on `::part(chart)`.',
      default: '0.12',
    },
    ...polityColours,
  ],
};

export const elementSpecs: readonly ElementSpec[] = [timelineSpec, chordSpec];
