/**
 * The embedding page's side of the iframe embed (`dist/embed-parent.js`, about 1 kB): every `<iframe>` showing
 * `embed.html` takes the height its content reports, so it never scrolls inside and never leaves a gap.
 *
 * ```html
 * <iframe src="https://…/embed.html?view=timeline" title="Soviet–Turkish contacts" width="100%" height="480"></iframe>
 * <script src="https://…/embed-parent.js"></script>
 * ```
 */
import { isEmbedHeightMessage } from './embed-options';

/** Whether a frame shows the embed page (`…/embed.html?…`), or opts in with `data-stc-embed`. */
function isEmbedFrame(frame: HTMLIFrameElement): boolean {
  if (frame.hasAttribute('data-stc-embed')) return true;
  try {
    return new URL(frame.src, frame.ownerDocument.baseURI).pathname.endsWith('/embed.html');
  } catch {
    return false;
  }
}

/**
 * Resizes the iframes of `doc` whose embed reports its height. Only a message from an iframe's own window is obeyed, so
 * no other frame or window can resize it.
 * @returns the function that stops listening
 */
export function resizeEmbeds(doc: Document = document): () => void {
  const view = doc.defaultView;
  if (!view) return () => {};
  const onMessage = (event: MessageEvent) => {
    if (!isEmbedHeightMessage(event.data)) return;
    for (const frame of doc.querySelectorAll('iframe')) {
      // Only the frame that sent it, and only a frame showing the embed page: no other iframe can resize itself.
      if (frame.contentWindow !== event.source || !isEmbedFrame(frame)) continue;
      // Through the CSSOM, which a strict Content-Security-Policy allows.
      frame.style.setProperty('height', `${event.data.height}px`);
      frame.dispatchEvent(new CustomEvent('stc-embed-resize', { detail: { height: event.data.height } }));
    }
  };
  view.addEventListener('message', onMessage);
  return () => view.removeEventListener('message', onMessage);
}
