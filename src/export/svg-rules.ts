/**
 * The rules of theme.css that give the charts' SVG its look, copied with their values as theme.css writes them
 * (`var(--stc-…)` included): a standalone SVG cannot load theme.css, so `standaloneSvg` applies these itself.
 *
 * Only what an exported picture shows is here: rules for hover, focus and the brush, and properties that only the
 * live page uses (cursor, transition, pointer-events), are left out on purpose. test/unit/server/theme-mirror.test.ts
 * checks each rule against theme.css, and that every theme.css rule styling a class the charts' SVG uses is either
 * here or named there as left out, so the two cannot drift apart.
 */

export interface SvgRule {
  /** As theme.css writes it (a selector list joined by ", "). */
  readonly selector: string;
  readonly declarations: Readonly<Record<string, string>>;
}

/** The CSS properties an export carries (as SVG presentation attributes), plus the custom properties of a rule. */
export const exportedProperties: ReadonlySet<string> = new Set([
  'background',
  'color',
  'display',
  'dominant-baseline',
  'fill',
  'fill-opacity',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'opacity',
  'paint-order',
  'stroke',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-width',
  'text-anchor',
]);

/**
 * The container each chart draws its `<svg>` in: its rules (custom properties, font, colour, background) reach the
 * SVG by inheritance in the page, so an export gives them to its root.
 */
export const containerRules: Readonly<Record<'timeline' | 'chord', SvgRule>> = Object.freeze({
  timeline: {
    selector: '.stc-timeline',
    declarations: {
      '--stc-timeline-font-size': '12px',
      'font-family': 'var(--stc-font-family)',
      color: 'var(--stc-color-text)',
      background: 'var(--stc-color-background)',
    },
  },
  chord: {
    selector: '.stc-chord',
    declarations: {
      '--stc-chord-font-size': '12px',
      '--stc-chord-faded-opacity': '0.12',
      '--stc-chord-dimmed-opacity': '0.25',
      '--stc-chord-other': 'var(--stc-color-text-muted)',
      'font-family': 'var(--stc-font-family)',
      color: 'var(--stc-color-text)',
      background: 'var(--stc-color-background)',
    },
  },
});

const kindRules: SvgRule[] = ['meeting', 'talks', 'telegram', 'letter', 'message'].map((kind) => ({
  selector: `.stc-kind--${kind}`,
  declarations: { color: `var(--stc-kind-${kind})` },
}));

const otherKindRules: SvgRule[] = [1, 2, 3, 4, 5].map((n) => ({
  selector: `.stc-timeline__kind--other-${n}`,
  declarations: { color: `var(--stc-polity-other-${n})` },
}));

/** In theme.css's order, which decides between rules of equal specificity. */
export const svgRules: readonly SvgRule[] = Object.freeze([
  ...kindRules,
  {
    selector: '.stc-timeline__svg',
    declarations: { display: 'block', 'font-family': 'inherit', 'font-size': 'var(--stc-timeline-font-size)' },
  },
  { selector: '.stc-timeline__lane-band', declarations: { fill: 'var(--stc-color-background)' } },
  {
    selector: '.stc-timeline__lane--odd .stc-timeline__lane-band',
    declarations: { fill: 'var(--stc-color-stripe)' },
  },
  {
    selector: '.stc-timeline__lane-rule',
    declarations: { stroke: 'var(--stc-color-border)', 'stroke-width': '1' },
  },
  {
    selector: '.stc-timeline__lane-label',
    declarations: {
      fill: 'var(--stc-color-text)',
      'text-anchor': 'end',
      'dominant-baseline': 'central',
      'font-weight': '600',
    },
  },
  {
    selector: '.stc-timeline__lane-count',
    declarations: { fill: 'var(--stc-color-text-muted)', 'font-weight': '400' },
  },
  {
    selector: '.stc-timeline__axis',
    declarations: {
      color: 'var(--stc-color-text-muted)',
      'font-family': 'inherit',
      'font-size': 'var(--stc-timeline-font-size)',
    },
  },
  { selector: '.stc-timeline__grid', declarations: { color: 'var(--stc-color-border)' } },
  { selector: '.stc-timeline__grid path', declarations: { 'stroke-opacity': '0.7' } },
  {
    selector: '.stc-timeline__label',
    declarations: { fill: 'var(--stc-color-text)', 'dominant-baseline': 'central' },
  },
  {
    selector: '.stc-timeline__symbol, .stc-timeline__cap',
    declarations: { fill: 'currentColor', stroke: 'var(--stc-color-background)', 'stroke-width': '1' },
  },
  { selector: '.stc-timeline__bar', declarations: { fill: 'currentColor' } },
  {
    selector: '.stc-timeline__band',
    declarations: {
      fill: 'currentColor',
      'fill-opacity': '0.25',
      stroke: 'currentColor',
      'stroke-width': '1',
      'stroke-dasharray': '3 2',
    },
  },
  {
    selector: '.stc-timeline__mark--uncertain .stc-timeline__band',
    declarations: { stroke: 'none', 'fill-opacity': '0.3' },
  },
  { selector: '.stc-timeline__whisker', declarations: { fill: 'currentColor' } },
  {
    selector: '.stc-timeline__mark--inferred .stc-timeline__symbol, .stc-timeline__mark--inferred .stc-timeline__cap',
    declarations: { fill: 'var(--stc-color-background)', stroke: 'currentColor', 'stroke-width': '1.5' },
  },
  {
    selector: '.stc-timeline__mark--inferred .stc-timeline__bar',
    declarations: {
      fill: 'var(--stc-color-background)',
      stroke: 'currentColor',
      'stroke-width': '1',
      'stroke-dasharray': '2 1.5',
    },
  },
  ...otherKindRules,
  { selector: '.stc-timeline__mark--dimmed', declarations: { opacity: '0.25' } },
  {
    selector: '.stc-chord__svg',
    declarations: { display: 'block', 'font-family': 'inherit', 'font-size': 'var(--stc-chord-font-size)' },
  },
  {
    selector: '.stc-chord__arc',
    declarations: { fill: 'currentColor', stroke: 'var(--stc-color-background)', 'stroke-width': '1' },
  },
  {
    selector: '.stc-chord__arc--other',
    declarations: {
      color: 'var(--stc-chord-other)',
      'fill-opacity': '0.35',
      stroke: 'currentColor',
      'stroke-dasharray': '3 2',
    },
  },
  {
    selector: '.stc-chord__ribbon',
    declarations: {
      fill: 'currentColor',
      'fill-opacity': '0.65',
      stroke: 'currentColor',
      'stroke-opacity': '0.9',
      'stroke-width': '0.75',
    },
  },
  { selector: '.stc-chord__mark--dimmed', declarations: { opacity: 'var(--stc-chord-dimmed-opacity)' } },
  {
    selector: '.stc-chord__label',
    declarations: { fill: 'var(--stc-color-text)', 'dominant-baseline': 'central' },
  },
  {
    selector: '.stc-chord__label--other',
    declarations: { fill: 'var(--stc-color-text-muted)', 'font-style': 'italic' },
  },
  { selector: '.stc-chord__tick', declarations: { stroke: 'var(--stc-color-text-muted)', 'stroke-width': '1' } },
]);

/**
 * Selectors of theme.css rules that style the charts' SVG but stay out of an export, each with the reason (read by the
 * mirror test). Rules for :hover, :focus-visible and :active are left out without being listed.
 */
export const omittedSelectors: Readonly<Record<string, string>> = Object.freeze({
  '.stc-timeline__ring': 'hover targets and focus rings are removed from an export',
  '.stc-timeline__brush .selection': 'the brush is removed from an export',
  '.stc-timeline__probe-background': 'the canvas colour probes are removed from an export',
  '.stc-chord--emphasis .stc-chord__ribbon:not(.stc-chord__ribbon--related)': 'hover emphasis is transient',
  '.stc-chord--emphasis .stc-chord__arc--related:not(:focus-visible)': 'hover emphasis is transient',
  '.stc-chord--empty .stc-chord__svg': 'the empty state hides the SVG; an export of it is the empty frame',
});
