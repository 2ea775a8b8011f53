// What every chart story needs around its chart: a host (with the story's colour scheme), an event log that play
// functions read, and a way to draw once Storybook has put the host in the page.

export type StoryTheme = 'auto' | 'light' | 'dark';

/** A host for a chart, with an event log under it that play functions read. */
export function storyFrame(theme: StoryTheme): { host: HTMLDivElement; chart: HTMLDivElement; log: HTMLOutputElement } {
  const host = document.createElement('div');
  if (theme !== 'auto') host.dataset.theme = theme;
  const chart = document.createElement('div');
  const log = document.createElement('output');
  log.className = 'stc-note';
  log.setAttribute('aria-live', 'polite');
  log.dataset.testid = 'event-log';
  host.append(chart, log);
  return { host, chart, log };
}

/** Runs `draw` once `host` is in the page (Storybook inserts what a story returns after it returns). */
export function whenConnected(host: HTMLElement, draw: () => void): void {
  if (host.isConnected) draw();
  else requestAnimationFrame(() => whenConnected(host, draw));
}
