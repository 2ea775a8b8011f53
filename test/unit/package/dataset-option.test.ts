// @vitest-environment jsdom
// The charts alone (soviet-turkish-contacts/timeline and /chord) draw no dataset of their own: they need `data` or
// `dataset`, and say so; given the bundled dataset, they draw what the main entry's charts draw.
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import { createChord } from '../../../src/chord/create-chord';
import { dataset } from '../../../src/data/dataset';
import { createTimeline } from '../../../src/timeline/create-timeline';

let getContext: MockInstance;
beforeAll(() => {
  getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterAll(() => getContext.mockRestore());

const host = () => document.body.appendChild(document.createElement('div'));
const missing = "or pass dataset, e.g. the bundled one: import { dataset } from 'soviet-turkish-contacts/data')";

describe('the charts without the bundled dataset', () => {
  it('need data or dataset, say so, and leave the host empty', () => {
    const el = host();
    expect(() => createTimeline(el)).toThrow(missing);
    expect(() => createChord(el)).toThrow(missing);
    expect(el.childElementCount).toBe(0);
  });

  it('reject a dataset that is not one', () => {
    expect(() => createTimeline(host(), { dataset: { contacts: [] } as never })).toThrow(
      /^invalid dataset \(expected a dataset with contacts, documents, people, places and polities/,
    );
    expect(() => createChord(host(), { dataset: [] as never })).toThrow(/^invalid dataset/);
  });

  it('draw the dataset given, with its names', () => {
    const timeline = createTimeline(host(), { dataset, width: 800 });
    expect(timeline.svg.querySelectorAll('[role="button"]')).toHaveLength(dataset.contacts.length);
    expect(timeline.svg.querySelector('[data-lane="turkey–ussr"]')?.getAttribute('aria-label')).toBe('Turkey–USSR');
    const chord = createChord(host(), { dataset, width: 600 });
    expect(chord.svg.querySelector('.stc-chord__arc[data-key="turkey"]')?.getAttribute('aria-label')).toMatch(
      /^Turkey:/,
    );
    timeline.destroy();
    chord.destroy();
  });

  it('draw custom data without any dataset, naming keys as written', () => {
    const chord = createChord(host(), { data: dataset.contacts.slice(0, 5), width: 600 });
    expect(chord.svg.querySelector('.stc-chord__arc[data-key="turkey"]')?.getAttribute('aria-label')).toMatch(
      /^turkey:/,
    );
    chord.destroy();
  });
});
