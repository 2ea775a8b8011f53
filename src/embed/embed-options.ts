/**
 * The embed page's query string as chart options: `?view=timeline&lane=person&locale=ru&theme=dark&height=400`.
 * Pure (tested in Node). Every parameter is checked here or by the chart's own options, so a bad link shows an error
 * that names the parameter instead of a blank frame; unknown parameters are errors too, so a typo is never ignored.
 */

export type EmbedView = 'timeline' | 'chord' | 'both';

export interface EmbedRequest {
  view: EmbedView;
  /** Options for the timeline (when shown). */
  timeline: Record<string, unknown>;
  /** Options for the chord (when shown). */
  chord: Record<string, unknown>;
  /** `data-theme` for the page: 'light', 'dark', or null to follow the reader's setting. */
  theme: 'light' | 'dark' | null;
  /** The id the parent gave the frame, echoed in every message so a page can hold several embeds. */
  id: string | null;
}

const views: readonly EmbedView[] = ['timeline', 'chord', 'both'];

/** Parameter → where it goes and how it is read. Options are validated again, with their own errors, by the charts. */
const parameters: Record<string, (value: string, request: EmbedRequest) => void> = {
  view: (value, request) => {
    if (!views.includes(value as EmbedView)) throw invalid('view', value, '"timeline", "chord" or "both"');
    request.view = value as EmbedView;
  },
  id: (value, request) => {
    request.id = value;
  },
  theme: (value, request) => {
    if (value !== 'light' && value !== 'dark' && value !== 'auto')
      throw invalid('theme', value, '"light", "dark" or "auto"');
    request.theme = value === 'auto' ? null : value;
  },
  lane: (value, request) => {
    request.timeline.lane = value;
  },
  from: (value, request) => {
    request.timeline.from = value;
  },
  to: (value, request) => {
    request.timeline.to = value;
  },
  brush: (value, request) => {
    request.timeline.brush = flag('brush', value);
  },
  by: (value, request) => {
    request.chord.by = value;
  },
  directed: (value, request) => {
    request.chord.directed = flag('directed', value);
  },
  threshold: (value, request) => {
    request.chord.threshold = number('threshold', value);
  },
  locale: (value, request) => {
    request.timeline.locale = value;
    request.chord.locale = value;
  },
  height: (value, request) => {
    const height = number('height', value);
    request.timeline.height = height;
    request.chord.height = height;
  },
  table: (value, request) => {
    if (value !== 'hidden' && value !== 'visible') throw invalid('table', value, '"hidden" or "visible"');
    request.timeline.table = value;
    request.chord.table = value;
  },
  title: (value, request) => {
    request.timeline.title = value;
    request.chord.title = value;
  },
};

function invalid(name: string, value: string, expected: string): TypeError {
  return new TypeError(`invalid ${name}: ${JSON.stringify(value)} (expected ${expected})`);
}

function flag(name: string, value: string): boolean {
  if (value === '' || value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw invalid(name, value, 'true or false');
}

function number(name: string, value: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) throw invalid(name, value, 'a number');
  return parsed;
}

/**
 * Reads a query string (with or without its `?`).
 * @throws TypeError naming the first parameter that is unknown, repeated or invalid
 */
export function parseEmbedQuery(search: string): EmbedRequest {
  const request: EmbedRequest = { view: 'timeline', timeline: {}, chord: {}, theme: null, id: null };
  const seen = new Set<string>();
  for (const [name, value] of new URLSearchParams(search)) {
    const apply = Object.hasOwn(parameters, name) ? parameters[name] : undefined;
    if (!apply) {
      throw new TypeError(
        `unknown parameter: ${JSON.stringify(name)} (expected one of ${Object.keys(parameters).join(', ')})`,
      );
    }
    if (seen.has(name)) throw new TypeError(`parameter given twice: ${JSON.stringify(name)}`);
    seen.add(name);
    apply(value, request);
  }
  // A parameter for a chart the page does not show would be ignored: say so instead.
  const unused = request.view === 'timeline' ? request.chord : request.view === 'chord' ? request.timeline : {};
  const shared = new Set(['locale', 'height', 'table', 'title']);
  const stray = Object.keys(unused).filter((key) => !shared.has(key));
  if (stray.length > 0) {
    throw new TypeError(
      `parameter ${JSON.stringify(stray[0])} is for the ${request.view === 'timeline' ? 'chord' : 'timeline'}, ` +
        `which view=${request.view} does not show`,
    );
  }
  return request;
}

/** The message an embed posts to its parent when its height changes. */
export interface EmbedHeightMessage {
  type: 'stc-embed:height';
  id: string | null;
  height: number;
}

export function isEmbedHeightMessage(value: unknown): value is EmbedHeightMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (
    message.type === 'stc-embed:height' &&
    (message.id === null || typeof message.id === 'string') &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height) &&
    message.height >= 0
  );
}
