/**
 * The script of `dist/embed.html`: draws the charts the query string asks for, and tells the parent page its height
 * (`postMessage`) whenever it changes, so the iframe can fit its content (see `embed-parent.ts`). Built as one
 * self-contained file (d3 inlined) that the page loads with a plain `<script src>`: no inline script, so the page can
 * be served under a strict Content-Security-Policy.
 */
import { createChord } from '../bundled/create-chord';
import { createTimeline } from '../bundled/create-timeline';
import { linkViews } from '../link/link-views';
import { type EmbedHeightMessage, parseEmbedQuery } from './embed-options';

function showError(main: HTMLElement, error: unknown): void {
  const message = main.ownerDocument.createElement('p');
  message.setAttribute('role', 'alert');
  message.className = 'stc-embed__error';
  message.textContent = `This chart cannot be shown: ${error instanceof Error ? error.message : String(error)}`;
  main.replaceChildren(message);
}

/** Draws the embed into `main` and reports its height to `parent` (the embedding page) from then on. */
export function startEmbed(doc: Document, search: string, parent: Window | null): () => void {
  const view = doc.defaultView;
  const main = doc.querySelector('main') ?? doc.body;
  const cleanups: (() => void)[] = [];
  let id: string | null = null;

  const post = () => {
    if (!parent || parent === view) return;
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    const message: EmbedHeightMessage = { type: 'stc-embed:height', id, height };
    // Only a height is sent, so any parent may read it.
    parent.postMessage(message, '*');
  };

  try {
    const request = parseEmbedQuery(search);
    id = request.id;
    if (request.theme) doc.documentElement.dataset.theme = request.theme;
    const timelineHost = doc.createElement('div');
    const chordHost = doc.createElement('div');
    if (request.view !== 'chord') main.append(timelineHost);
    if (request.view !== 'timeline') main.append(chordHost);
    const timeline = request.view !== 'chord' ? createTimeline(timelineHost, request.timeline) : null;
    if (timeline) cleanups.push(() => timeline.destroy());
    const chord = request.view !== 'timeline' ? createChord(chordHost, request.chord) : null;
    if (chord) cleanups.push(() => chord.destroy());
    if (timeline && chord) {
      // Linking turns the brush on: a page that asked for brush=false gets two charts side by side instead.
      const link = request.timeline.brush === false ? null : linkViews(timeline, chord);
      if (link) cleanups.unshift(() => link.unlink());
    }
  } catch (error) {
    for (const cleanup of cleanups.splice(0)) cleanup();
    showError(main, error);
  }

  if (view && 'ResizeObserver' in view) {
    let frame = 0;
    const observer = new view.ResizeObserver(() => {
      view.cancelAnimationFrame(frame);
      frame = view.requestAnimationFrame(post);
    });
    observer.observe(doc.documentElement);
    cleanups.push(() => {
      observer.disconnect();
      view.cancelAnimationFrame(frame);
    });
  }
  post();
  return () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
}
