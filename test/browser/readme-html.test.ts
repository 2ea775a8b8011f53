// Runs every HTML snippet of README.md in a frame, as a reader would paste it into a page, against the built dist/
// (npm test builds before it tests): the CDN address in the snippets is pointed at this server's /dist/.
import { afterEach, describe, expect, it } from 'vitest';
import readme from '../../README.md?raw';

const cdn = 'https://unpkg.com/soviet-turkish-contacts/dist/';
const snippets = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1] as string);
const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** A page holding `html` (from the README), loaded in a frame 900 px wide. */
function page(html: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.setProperty('width', '900px');
  frame.style.setProperty('height', '700px');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${html.replaceAll(cdn, '/dist/')}</body></html>`;
  document.body.append(frame);
  frames.push(frame);
  return frame;
}

async function until<T>(find: () => T | null | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what} (is dist/ built? run npm run build)`);
}

describe('README HTML snippets', () => {
  it('has the script-tag and iframe snippets, using the CDN address', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(2);
    for (const snippet of snippets) expect(snippet).toContain(cdn);
  });

  it('the script-tag snippet draws the timeline, by person', async () => {
    const snippet = snippets.find((html) => html.includes('iife.min.js') && !html.includes('<stc-')) as string;
    const frame = page(snippet);
    const svg = await until(() => frame.contentDocument?.querySelector('.stc-timeline__svg'), 'the timeline');
    expect(svg.getAttribute('aria-label')).toBe('Timeline of Soviet–Turkish diplomatic contacts, 1937–1939');
    expect(svg.querySelector('[data-lane="litvinov"]')).not.toBeNull();
    // style.css applies: the legend is laid out as a flex row, not a bulleted list.
    const legend = frame.contentDocument?.querySelector('.stc-timeline__legend') as Element;
    expect(getComputedStyle(legend).display).toBe('flex');
  });

  it('the custom-elements snippet draws both elements, each in its shadow root', async () => {
    const snippet = snippets.find((html) => html.includes('<stc-timeline')) as string;
    const frame = page(snippet);
    const timeline = await until(
      () => frame.contentDocument?.querySelector('stc-timeline')?.shadowRoot?.querySelector('.stc-timeline__svg'),
      'the <stc-timeline> chart',
    );
    expect(timeline.querySelector('[data-lane="message"]')).not.toBeNull();
    const chordTable = await until(
      () => frame.contentDocument?.querySelector('stc-chord')?.shadowRoot?.querySelector('table'),
      'the <stc-chord> table',
    );
    expect(chordTable.closest('.stc-visually-hidden-focusable')).toBeNull();
  });

  it('the iframe snippet shows both charts and the iframe grows to fit them', async () => {
    const snippet = snippets.find((html) => html.includes('embed.html')) as string;
    const frame = page(snippet);
    const embed = await until(() => frame.contentDocument?.querySelector('iframe'), 'the embed iframe');
    await until(() => embed.contentDocument?.querySelector('.stc-chord__svg'), 'the chord in the embed');
    const height = await until(() => {
      const value = Number.parseFloat(embed.style.height);
      return value > 600 ? value : null;
    }, 'the iframe to be resized');
    expect(Math.abs((embed.contentDocument as Document).documentElement.scrollHeight - height)).toBeLessThanOrEqual(2);
  });
});
