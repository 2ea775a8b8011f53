/// <reference types="node" />
/**
 * `renderPNG`: a standalone SVG string rasterised by resvg (@resvg/resvg-js), with the system's fonts. The SVG names
 * its fonts as a list ending in a generic family, which resvg maps to `sansSerifFamily` when no named font is found.
 */
import { Resvg } from '@resvg/resvg-js';

export interface RenderPngOptions {
  /** Pixels per SVG unit. Default 2 (sharp on high-density screens and in print at about 150 dpi). */
  scale?: number;
  /** The family resvg uses for `sans-serif` (default: resvg's own choice among the system fonts). */
  sansSerifFamily?: string;
}

/**
 * @returns the PNG file's bytes, `scale` times the SVG's width and height
 * @throws TypeError when `svg` is not a string; RangeError for a bad scale; Error when resvg cannot read the SVG
 */
export function renderPNG(svg: string, options: RenderPngOptions = {}): Uint8Array {
  if (typeof svg !== 'string' || !svg.includes('<svg')) {
    throw new TypeError('renderPNG: invalid svg (expected an SVG document as a string, e.g. from renderTimelineSVG)');
  }
  const { scale = 2, sansSerifFamily } = options;
  if (!(typeof scale === 'number' && Number.isFinite(scale) && scale > 0 && scale <= 16)) {
    throw new RangeError(`renderPNG: invalid scale ${JSON.stringify(scale)} (expected a number > 0 and ≤ 16)`);
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, ...(sansSerifFamily ? { sansSerifFamily } : {}) },
  });
  return new Uint8Array(resvg.render().asPng());
}
