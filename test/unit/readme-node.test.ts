// The README's examples for Node (the server entry), run in plain Node as a user would run them: no page, no DOM.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectPrintsWhatItSays, readmeExamples, runsInNode } from './support/readme-examples';

const examples = readmeExamples.filter(runsInNode);

describe('README examples for Node', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has at least one', () => {
    expect(examples.length).toBeGreaterThanOrEqual(1);
  });

  it.each(examples)('example $index prints what it says', expectPrintsWhatItSays, 30_000);
});
