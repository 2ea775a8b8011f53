/// <reference types="node" />
/**
 * `renderTimelineSVG` and `renderChordSVG`: a chart drawn in Node and exported as a standalone SVG string, for print,
 * articles without JavaScript, and the CLI. The chart is drawn with the options a page would give it, then exported
 * with `standaloneSvg` (theme and fonts resolved to plain attributes).
 */
import { createChord } from '../bundled/create-chord';
import { createTimeline } from '../bundled/create-timeline';
import type { ChordOptions } from '../chord/render/resolve-options';
import { type StandaloneSvgOptions, standaloneSvg } from '../export/standalone-svg';
import type { TimelineOptions } from '../timeline/create-timeline';
import type { ContactRecord } from '../timeline/options';
import { withNodeDocument } from './node-document';

/** What Node adds to a chart's options: a width in pixels (there is no page to follow), a theme and fonts. */
export interface ServerRenderOptions extends StandaloneSvgOptions {
  /** The width in pixels. Default 800. */
  width?: number;
}

export type ServerTimelineOptions<T = ContactRecord> = Omit<TimelineOptions<T>, 'width'> & ServerRenderOptions;
export type ServerChordOptions = Omit<ChordOptions, 'width'> & ServerRenderOptions;

export const defaultServerWidth = 800;

function split<O extends ServerRenderOptions>(
  name: string,
  options: O,
): { width: number; exportOptions: StandaloneSvgOptions; chart: Omit<O, keyof ServerRenderOptions> } {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${name}: invalid options (expected an object)`);
  }
  const { width = defaultServerWidth, theme, fontFamily, ...chart } = options;
  if (!(typeof width === 'number' && Number.isFinite(width) && width > 0)) {
    throw new RangeError(`${name}: invalid width ${JSON.stringify(width)} (expected a number of pixels > 0)`);
  }
  const exportOptions: StandaloneSvgOptions = {};
  if (theme !== undefined) exportOptions.theme = theme;
  if (fontFamily !== undefined) exportOptions.fontFamily = fontFamily;
  return { width, exportOptions, chart };
}

/** The timeline as a standalone SVG document (the bundled dataset without `data`). */
export function renderTimelineSVG<T = ContactRecord>(options: ServerTimelineOptions<T> = {}): string {
  const { width, exportOptions, chart } = split('renderTimelineSVG', options);
  return withNodeDocument((doc) => {
    const host = doc.createElement('div');
    doc.body.append(host);
    const handle = createTimeline<T>(host, { ...(chart as TimelineOptions<T>), width });
    try {
      return standaloneSvg(handle.svg, exportOptions);
    } finally {
      handle.destroy();
    }
  });
}

/** The chord diagram as a standalone SVG document (the bundled dataset without `data`). */
export function renderChordSVG(options: ServerChordOptions = {}): string {
  const { width, exportOptions, chart } = split('renderChordSVG', options);
  return withNodeDocument((doc) => {
    const host = doc.createElement('div');
    doc.body.append(host);
    const handle = createChord(host, { ...(chart as ChordOptions), width });
    try {
      return standaloneSvg(handle.svg, exportOptions);
    } finally {
      handle.destroy();
    }
  });
}
