export type { ExportTheme, StandaloneSvgOptions } from '../export/standalone-svg';
export { type RenderPngOptions, renderPNG } from './render-png';
export {
  defaultServerWidth,
  renderChordSVG,
  renderTimelineSVG,
  type ServerChordOptions,
  type ServerRenderOptions,
  type ServerTimelineOptions,
} from './render-svg';
