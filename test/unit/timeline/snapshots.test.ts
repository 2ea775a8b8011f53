// @vitest-environment jsdom
/**
 * SVG snapshots of the timeline, normalised as Observable Plot's snapshot tests are (see ../support/normalize-svg.ts).
 * jsdom has no canvas 2D context, so text is measured by the fallback of 7px a character: the layout, and so every
 * snapshot, is the same on every machine. A missing or changed snapshot fails under CI=true; elsewhere Vitest writes
 * a missing one, and `vitest -u` rewrites changed ones after a reviewer has read the diff.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import { createTimeline } from '../../../src/bundled/create-timeline';
import type { Contact, DateValue } from '../../../src/data/types';
import type { TimelineHandle, TimelineOptions } from '../../../src/timeline/create-timeline';
import { expectSoundSvg } from '../support/expect-sound-svg';
import { normalizeSvg } from '../support/normalize-svg';

let getContext: MockInstance;
beforeAll(() => {
  // jsdom implements no canvas and logs "Not implemented: getContext" for each call; the timeline handles null.
  getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterAll(() => getContext.mockRestore());

const handles: TimelineHandle<never>[] = [];
afterEach(() => {
  for (const handle of handles.splice(0)) handle.destroy();
  document.body.replaceChildren();
});

function render<T>(options: TimelineOptions<T>): SVGSVGElement {
  const host = document.createElement('div');
  document.body.append(host);
  const handle = createTimeline<T>(host, options);
  handles.push(handle as unknown as TimelineHandle<never>);
  return handle.svg;
}

async function expectSnapshot(svg: SVGSVGElement, name: string): Promise<void> {
  expectSoundSvg(svg);
  await expect(normalizeSvg(svg.outerHTML)).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
}

describe('timeline SVG snapshots: the bundled dataset', () => {
  it('default render (polity-pair lanes, English)', async () => {
    await expectSnapshot(render({ width: 800 }), 'default');
  });

  it('one lane per person', async () => {
    await expectSnapshot(render({ width: 800, lane: 'person' }), 'lane-person');
  });

  it('Russian locale', async () => {
    await expectSnapshot(render({ width: 800, locale: 'ru' }), 'locale-ru');
  });
});

/** The form of date each record shows: one lane each, named after it. */
type DateCase =
  | 'day'
  | 'span'
  | 'month only'
  | 'year only'
  | 'both bounds'
  | 'not before only'
  | 'not after only'
  | 'inferred day'
  | 'message';

type CaseRecord = Contact & { case: DateCase };

/**
 * A contact-shaped record (so that the timeline reads its participants and direction) of invented officials that the
 * bundled dataset does not know: their ids are shown as written, and the snapshot does not change with the dataset.
 */
function caseRecord(
  dateCase: DateCase,
  date: DateValue,
  summary: string,
  message?: { from: string[]; to: string[] },
): CaseRecord {
  return {
    case: dateCase,
    id: `case-${dateCase.replaceAll(' ', '-')}`,
    kind: message ? 'message' : 'meeting',
    date,
    participants: ['official-a', 'official-b'],
    polities: ['alpha', 'beta'],
    direction: message ?? null,
    place: null,
    documents: [],
    evidence: [],
    summary: { text: summary, basis: 'editorial' },
  };
}

const dateCases: CaseRecord[] = [
  caseRecord('day', { when: '1938-03-15', basis: 'stated' }, 'A stated day'),
  caseRecord('span', { from: '1938-05-02', to: '1938-05-20', basis: 'stated' }, 'A stated span'),
  caseRecord('month only', { when: '1938-07', basis: 'stated' }, 'July only'),
  caseRecord('year only', { when: '1938', basis: 'stated' }, 'The year only'),
  caseRecord('both bounds', { notBefore: '1938-08-10', notAfter: '1938-09-05', basis: 'stated' }, 'Between'),
  caseRecord('not before only', { notBefore: '1938-10-01', basis: 'inferred' }, 'After'),
  caseRecord('not after only', { notAfter: '1938-04-30', basis: 'inferred' }, 'Before'),
  caseRecord('inferred day', { when: '1938-06-12', basis: 'inferred' }, 'An inferred day'),
  caseRecord('message', { when: '1938-11-20', basis: 'stated' }, 'A message', {
    from: ['official-a'],
    to: ['official-b'],
  }),
];

describe('timeline SVG snapshots: dates of every form, through custom data and accessors', () => {
  it('draws each form of date in its own lane', async () => {
    const svg = render<CaseRecord>({
      width: 800,
      data: dateCases,
      id: (d) => d.id,
      date: (d) => d.date,
      lane: (d) => d.case,
      laneOrder: dateCases.map((d) => d.case),
      label: (d) => d.summary.text,
      kind: (d) => d.kind,
      title: 'Dates of every form',
    });
    await expectSnapshot(svg, 'date-forms');
  });
});
