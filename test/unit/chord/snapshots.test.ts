// @vitest-environment jsdom
/**
 * SVG snapshots of the chord diagram, normalised as the timeline's are (see ../support/normalize-svg.ts). jsdom has
 * no canvas 2D context, so labels are measured by the fallback of 7px a character: the layout, and so every snapshot,
 * is the same on every machine. A missing or changed snapshot fails under CI=true; elsewhere Vitest writes a missing
 * one, and `vitest -u` rewrites changed ones after a reviewer has read the diff.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import { createChord } from '../../../src/bundled/create-chord';
import type { ChordHandle, ChordOptions } from '../../../src/chord/create-chord';
import { customMeeting } from '../../fixtures/custom-contacts';
import { expectSoundSvg } from '../support/expect-sound-svg';
import { normalizeSvg } from '../support/normalize-svg';

let getContext: MockInstance;
beforeAll(() => {
  // jsdom implements no canvas and logs "Not implemented: getContext" for each call; the chord handles null.
  getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterAll(() => getContext.mockRestore());

const handles: ChordHandle[] = [];
afterEach(() => {
  for (const handle of handles.splice(0)) handle.destroy();
  document.body.replaceChildren();
});

function render(options: ChordOptions): SVGSVGElement {
  const host = document.createElement('div');
  document.body.append(host);
  const handle = createChord(host, options);
  handles.push(handle);
  return handle.svg;
}

/** Besides what every snapshot checks: the only inline style is a group's palette colour. */
function expectSound(svg: SVGSVGElement): void {
  expectSoundSvg(svg);
  for (const mark of svg.querySelectorAll('[role="button"]')) {
    const style = mark.getAttribute('style');
    if (style !== null) expect(style).toMatch(/^color: var\(--stc-polity-[a-z0-9-]+, #[0-9a-f]{6}\);$/);
  }
}

async function expectSnapshot(svg: SVGSVGElement, name: string): Promise<void> {
  expectSound(svg);
  await expect(normalizeSvg(svg.outerHTML)).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
}

describe('chord SVG snapshots: the bundled dataset', () => {
  it('by polity (the default)', async () => {
    await expectSnapshot(render({ width: 600 }), 'default');
  });

  it('by person, with hidden labels marked by ticks', async () => {
    await expectSnapshot(render({ width: 600, by: 'person' }), 'by-person');
  });

  it('directed: arrows from sender to recipient', async () => {
    await expectSnapshot(render({ width: 600, directed: true }), 'directed');
  });

  it('small polities merged into "other"', async () => {
    await expectSnapshot(render({ width: 600, threshold: 0.05 }), 'threshold');
  });
});

describe('chord SVG snapshots: custom data', () => {
  it('one group alone, a self-contact, and a group with no weight', async () => {
    const svg = render({
      width: 400,
      margin: 60,
      data: [
        customMeeting('a', ['x1', 'x2'], ['alpha']),
        customMeeting('b', ['x1', 'y1'], ['alpha', 'beta']),
        customMeeting('c', ['y1', 'y2'], ['beta']),
      ],
      order: ['gamma'],
      title: 'Edge cases',
    });
    await expectSnapshot(svg, 'edge-cases');
  });
});
