/**
 * Export from the page: the methods both chart handles carry (`toSVG`, `toPNG`, `download`). The SVG is the chart as
 * shown now (zoom, filter, highlight), made standalone; the PNG is that SVG drawn on a canvas through an `<img>`, so
 * no style or font of the page leaks into it and a strict CSP is not involved (no inline style, no script).
 *
 * The code that makes the SVG standalone (resolving every theme colour, inlining the rules) is loaded on the first
 * export, by a dynamic import: a page that only shows a chart does not download it. The script-tag build inlines it.
 */
import type { ExportTheme, StandaloneSvgOptions } from './standalone-svg';

export interface PngExportOptions extends StandaloneSvgOptions {
  /** Pixels per SVG pixel. Default the screen's devicePixelRatio, or 2 where it is unknown. */
  scale?: number;
}

export interface ChartExport {
  /** The chart as shown, as a standalone SVG document (theme: the page's, unless given). */
  toSVG(options?: StandaloneSvgOptions): Promise<string>;
  /** The chart as shown, as a PNG image `scale` times its size. */
  toPNG(options?: PngExportOptions): Promise<Blob>;
  /** Saves the chart as `filename` (default `<chart>.svg` or `.png`) through a temporary `<a download>`. */
  download(format: 'svg' | 'png', filename?: string): Promise<void>;
}

/** The scheme the chart shows: `data-theme` on an ancestor, else the system's preference. */
export function pageTheme(element: Element): ExportTheme {
  const chosen = element.closest('[data-theme]')?.getAttribute('data-theme');
  if (chosen === 'light' || chosen === 'dark') return chosen;
  const view = element.ownerDocument.defaultView;
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function svgSize(text: string): { width: number; height: number } {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(text)?.[1]);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(text)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('toPNG: the exported SVG has no width and height');
  return { width, height };
}

/** Draws an SVG document on a canvas and encodes it as PNG. */
async function svgToPng(doc: Document, text: string, scale: number): Promise<Blob> {
  const { width, height } = svgSize(text);
  const image = new (doc.defaultView as Window & typeof globalThis).Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = doc.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('toPNG: this browser gives no 2D canvas to draw the image on');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toPNG: the canvas could not encode a PNG'))),
      'image/png',
    );
  });
}

/** The export methods of a chart whose root is `svg`; `name` is the default file name (`timeline`, `chord`). */
export function chartExport(svg: SVGSVGElement, name: string): ChartExport {
  const toSVG = async (options: StandaloneSvgOptions = {}) => {
    const { standaloneSvg } = await import('./standalone-svg');
    return standaloneSvg(svg, { theme: pageTheme(svg), ...options });
  };
  const toPNG = async (options: PngExportOptions = {}) => {
    const { scale = svg.ownerDocument.defaultView?.devicePixelRatio || 2, ...svgOptions } = options;
    if (!(typeof scale === 'number' && Number.isFinite(scale) && scale > 0 && scale <= 16)) {
      throw new RangeError(`${name}.toPNG: invalid scale ${JSON.stringify(scale)} (expected a number > 0 and ≤ 16)`);
    }
    return svgToPng(svg.ownerDocument, await toSVG(svgOptions), scale);
  };
  return {
    toSVG,
    toPNG,
    async download(format, filename = `${name}.${format}`) {
      if (format !== 'svg' && format !== 'png') {
        throw new RangeError(`${name}.download: invalid format ${JSON.stringify(format)} (expected "svg" or "png")`);
      }
      const blob = format === 'svg' ? new Blob([await toSVG()], { type: 'image/svg+xml' }) : await toPNG();
      const doc = svg.ownerDocument;
      const url = URL.createObjectURL(blob);
      const link = doc.createElement('a');
      link.href = url;
      link.download = filename;
      link.hidden = true;
      doc.body.append(link);
      try {
        link.click();
      } finally {
        link.remove();
        // Revoked after the click's navigation has started (revoking at once can cancel the download).
        setTimeout(() => URL.revokeObjectURL(url), 0);
      }
    },
  };
}
