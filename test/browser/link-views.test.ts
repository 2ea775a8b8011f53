import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { contactsInSpan } from '../../src/data/filter';
import { linkViews, type ViewLink } from '../../src/link/link-views';
import { arcOf, render as renderChord, ribbonOf } from './chord-support';
import { markOf, render as renderTimeline } from './timeline-support';

const links: ViewLink[] = [];
afterEach(() => {
  for (const link of links.splice(0)) link.unlink();
});

function linked(options?: Parameters<typeof linkViews>[2]) {
  const timeline = renderTimeline();
  const chord = renderChord();
  const link = linkViews(timeline.handle, chord.handle, options);
  links.push(link);
  return { timeline, chord, link };
}

/** The number of contacts the chord's Turkey–USSR ribbon says it carries. */
const turkeyUssr = (svg: SVGSVGElement) =>
  Number(/: (\d+) contacts?/.exec(ribbonOf(svg, 'turkey', 'ussr').getAttribute('aria-label') ?? '')?.[1]);
const dimmedMarks = (svg: SVGSVGElement) => svg.querySelectorAll('.stc-timeline__mark--dimmed').length;

describe('linkViews', () => {
  it('turns the timeline brush on; brushing a span filters the chord to the contacts in it, clearing shows all', () => {
    const { timeline, chord } = linked();
    const all = turkeyUssr(chord.handle.svg);
    timeline.handle.brushTo({ from: '1939-04', to: '1939-06' });
    const inSpan = contactsInSpan(dataset.contacts, { from: '1939-04', to: '1939-06' }).filter(
      (c) => c.polities.includes('turkey') && c.polities.includes('ussr'),
    );
    expect(turkeyUssr(chord.handle.svg)).toBe(inSpan.length);
    expect(inSpan.length).toBeLessThan(all);
    timeline.handle.brushTo(null);
    expect(turkeyUssr(chord.handle.svg)).toBe(all);
  });

  it('selecting a ribbon highlights its contacts on the timeline and zooms to them', () => {
    const { timeline, chord } = linked();
    const before = +timeline.handle.domain[1] - +timeline.handle.domain[0];
    const ribbon = ribbonOf(chord.handle.svg, 'bulgaria', 'ussr');
    ribbon.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const ids = dataset.contacts
      .filter((c) => c.polities.includes('bulgaria') && c.polities.includes('ussr'))
      .map((c) => c.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(markOf(timeline.handle.svg, id).classList).not.toContain('stc-timeline__mark--dimmed');
    expect(dimmedMarks(timeline.handle.svg)).toBeGreaterThan(0);
    expect(+timeline.handle.domain[1] - +timeline.handle.domain[0]).toBeLessThan(before);
  });

  it('zoom: false highlights without zooming', () => {
    const { timeline, chord } = linked({ zoom: false });
    const before = timeline.handle.domain.map(Number);
    arcOf(chord.handle.svg, 'romania').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(timeline.handle.domain.map(Number)).toEqual(before);
    expect(dimmedMarks(timeline.handle.svg)).toBeGreaterThan(0);
  });

  it('selecting a mark on the timeline highlights its contact in the chord', () => {
    const { timeline, chord } = linked();
    markOf(timeline.handle.svg, 'karsky-ataturk-1937-06-01').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(ribbonOf(chord.handle.svg, 'turkey', 'ussr').classList).not.toContain('stc-chord__mark--dimmed');
    expect(ribbonOf(chord.handle.svg, 'bulgaria', 'ussr').classList).toContain('stc-chord__mark--dimmed');
  });

  it('unlink undoes it all: listeners, filter, highlights and the brushed span', () => {
    const { timeline, chord, link } = linked();
    const all = turkeyUssr(chord.handle.svg);
    timeline.handle.brushTo({ from: '1939-04', to: '1939-06' });
    arcOf(chord.handle.svg, 'romania').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    link.unlink();
    expect(link.linked).toBe(false);
    expect(turkeyUssr(chord.handle.svg)).toBe(all);
    expect(timeline.handle.brushed).toBeNull();
    expect(dimmedMarks(timeline.handle.svg)).toBe(0);
    expect(chord.handle.svg.querySelectorAll('.stc-chord__mark--dimmed')).toHaveLength(0);
    // No longer linked: a brush leaves the chord alone.
    timeline.handle.brushTo({ from: '1939-04', to: '1939-06' });
    expect(turkeyUssr(chord.handle.svg)).toBe(all);
    link.unlink(); // twice is fine
  });

  it('applies a span brushed before the link, and a selection in either view replaces the emphasis in both', () => {
    const timeline = renderTimeline({ brush: true });
    timeline.handle.brushTo({ from: '1939-04', to: '1939-06' });
    const chord = renderChord();
    const all = turkeyUssr(chord.handle.svg);
    links.push(linkViews(timeline.handle, chord.handle, { zoom: false }));
    expect(turkeyUssr(chord.handle.svg)).toBeLessThan(all);
    timeline.handle.brushTo(null);
    arcOf(chord.handle.svg, 'romania').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    markOf(timeline.handle.svg, 'karsky-ataturk-1937-06-01').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    // The timeline now emphasises the mark chosen, not Romania's contacts, and the chord follows.
    expect(markOf(timeline.handle.svg, 'karsky-ataturk-1937-06-01').classList).not.toContain(
      'stc-timeline__mark--dimmed',
    );
    expect(dimmedMarks(timeline.handle.svg)).toBe(dataset.contacts.length - 1);
    expect(ribbonOf(chord.handle.svg, 'turkey', 'ussr').classList).not.toContain('stc-chord__mark--dimmed');
  });

  it('unlinks cleanly after the charts were destroyed', () => {
    const { timeline, chord, link } = linked();
    timeline.handle.destroy();
    chord.handle.destroy();
    expect(() => link.unlink()).not.toThrow();
    expect(link.linked).toBe(false);
  });

  it('says what is wrong with its arguments', () => {
    const chord = renderChord().handle;
    const timeline = renderTimeline().handle;
    expect(() => linkViews(chord as never, chord)).toThrow(
      'linkViews: invalid timeline (expected the handle createTimeline returns; it has no brushTo)',
    );
    expect(() => linkViews(timeline, {} as never)).toThrow(
      'linkViews: invalid chord (expected the handle createChord returns; it has no on, filter, highlight)',
    );
    expect(() => linkViews(timeline, chord, { zoom: 'yes' as never })).toThrow(
      'linkViews: invalid zoom: yes (expected true or false)',
    );
  });
});
