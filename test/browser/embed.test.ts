import { afterEach, describe, expect, it } from 'vitest';
import { resizeEmbeds } from '../../src/embed/embed-parent';

const frames: HTMLIFrameElement[] = [];
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const frame of frames.splice(0)) frame.remove();
});

/** An iframe of the embed page with `query`, as a page would write it, 200 px tall to start with. */
function embed(query: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.title = 'Soviet–Turkish contacts';
  frame.src = `/test/browser/fixtures/embed-page.html${query}`;
  // The fixture is not named embed.html: it opts in, as any self-hosted embed page can.
  frame.dataset.stcEmbed = '';
  frame.style.setProperty('width', '900px');
  frame.style.setProperty('height', '200px');
  document.body.append(frame);
  frames.push(frame);
  return frame;
}

function resized(frame: HTMLIFrameElement, until: (height: number) => boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no fitting resize; height ${frame.style.height}`)), 15_000);
    frame.addEventListener('stc-embed-resize', (event) => {
      const { height } = (event as CustomEvent<{ height: number }>).detail;
      if (until(height)) {
        clearTimeout(timer);
        resolve(height);
      }
    });
  });
}

describe('the iframe embed', () => {
  it('draws the chart the query asks for and the parent script fits the iframe to it', async () => {
    stops.push(resizeEmbeds(document));
    const frame = embed('?view=both&locale=ru&id=first');
    const height = await resized(frame, (h) => h > 400);
    expect(frame.style.height).toBe(`${height}px`);
    const inner = frame.contentDocument as Document;
    expect(inner.querySelector('.stc-timeline__svg')).not.toBeNull();
    expect(inner.querySelector('.stc-chord__svg')).not.toBeNull();
    // The frame is as tall as its page: nothing scrolls inside it.
    expect(Math.abs(inner.documentElement.scrollHeight - height)).toBeLessThanOrEqual(2);
  });

  it('shows an error naming a bad parameter, and still reports its height', async () => {
    stops.push(resizeEmbeds(document));
    const frame = embed('?view=map');
    await resized(frame, (h) => h > 0 && h < 200);
    const alert = frame.contentDocument?.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(
      'This chart cannot be shown: invalid view: "map" (expected "timeline", "chord" or "both")',
    );
  });

  it('ignores messages from other windows, and stops when asked', async () => {
    const stop = resizeEmbeds(document);
    const frame = embed('?view=chord');
    await resized(frame, (h) => h > 300);
    const before = frame.style.height;
    // A message from this window (not the frame) claiming a height is ignored.
    window.postMessage({ type: 'stc-embed:height', id: null, height: 5 }, '*');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(frame.style.height).toBe(before);
    stop();
  });

  it('does not let an iframe that is not an embed resize itself', async () => {
    stops.push(resizeEmbeds(document));
    const other = document.createElement('iframe');
    other.style.setProperty('height', '100px');
    other.srcdoc = '<p>an advert</p>';
    document.body.append(other);
    frames.push(other);
    await new Promise((resolve) => other.addEventListener('load', resolve, { once: true }));
    // As if the frame's own script claimed to be an embed.
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { type: 'stc-embed:height', id: null, height: 2000 },
        source: other.contentWindow,
      }),
    );
    expect(other.style.height).toBe('100px');
  });
});
