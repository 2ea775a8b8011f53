// @vitest-environment jsdom
// Runs every TypeScript example in README.md and checks what it prints against its `// →` comments, so the README
// cannot drift from the code. Imports of 'soviet-turkish-contacts/…' resolve to src/ (vitest.config.ts aliases).
// The examples run in jsdom, with a `#chart` element in the page, so that the charts' examples run as written; those for
// the server entry run in plain Node (readme-node.test.ts), as they would for a user.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectedOutput, expectPrintsWhatItSays, readmeExamples, runsInNode } from './support/readme-examples';

const examples = readmeExamples.filter((example) => !runsInNode(example));

describe('README examples', () => {
  beforeEach(() => {
    const chart = document.createElement('div');
    chart.id = 'chart';
    document.body.append(chart);
    // jsdom has no 2D canvas (it logs "Not implemented"); the timeline then measures text by a fixed estimate.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('has examples that promise output', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(examples.every((example) => expectedOutput(example.code).length > 0)).toBe(true);
  });

  it.each(examples)(
    'example $index prints what it says',
    async (example) => {
      await expectPrintsWhatItSays(example);
      // An example that draws a chart also removes it (destroy()), as the README tells users to.
      expect(document.querySelector('#chart')?.childElementCount).toBe(0);
      // Each example is transformed and imported inside the test, which on 2 busy cores can take seconds.
    },
    30_000,
  );
});
