import { describe, expect, it } from 'vitest';
import type { ChordContact } from '../../src/chord/options';
import { dataset } from '../../src/data/dataset';
import { customMeeting } from '../fixtures/custom-contacts';
import { arcOf, arcsIn, makeHost, render, ribbonOf, ribbonsIn } from './chord-support';

const keysOf = (nodes: readonly Element[]) => nodes.map((node) => node.getAttribute('data-key'));
const polityIds = dataset.polities.map((polity) => polity.id);

describe('createChord: the bundled dataset by default', () => {
  it('draws one arc per polity, each a focusable button named with its contacts and partners', () => {
    const { handle } = render();
    const arcs = arcsIn(handle.svg);
    expect(keysOf(arcs)).toEqual([...polityIds].sort());
    expect(arcs.every((arc) => arc.getAttribute('role') === 'button')).toBe(true);
    expect(arcOf(handle.svg, 'turkey').getAttribute('aria-label')).toBe(
      'Turkey: 37 contacts; with USSR 36, with France 1, with Greece 1, with Romania 1, within Turkey 1',
    );
    expect(arcOf(handle.svg, 'poland').getAttribute('aria-label')).toBe('Poland: 1 contact; with USSR 1');
  });

  it('draws a ribbon per pair of polities in contact, and one inside a polity for its internal contacts', () => {
    const { handle } = render();
    const ribbons = ribbonsIn(handle.svg);
    expect(ribbons).toHaveLength(14);
    expect(ribbonOf(handle.svg, 'turkey', 'ussr').getAttribute('aria-label')).toBe('Turkey – USSR: 36 contacts');
    expect(ribbonOf(handle.svg, 'ussr', 'ussr').getAttribute('aria-label')).toBe('Within USSR: 1 contact');
    // Ribbons end inside the ring: each path is a closed shape.
    for (const ribbon of ribbons) expect(ribbon.getAttribute('d')).toMatch(/^M[-\d.]+,[-\d.]+.*Z$/);
  });

  it('names and describes the chart: groups, contacts, the largest links and the keyboard', () => {
    const { handle } = render();
    const svg = handle.svg;
    expect(svg.getAttribute('role')).toBe('group');
    expect(svg.getAttribute('aria-label')).toBe('Soviet–Turkish diplomatic contacts, 1937–1939: who met whom');
    const desc = document.getElementById(svg.getAttribute('aria-describedby') ?? '');
    expect(desc?.tagName).toBe('desc');
    expect(desc?.textContent).toMatch(
      /^A chord diagram of 42 contacts among 7 polities\. The largest links: Turkey – USSR 36, Bulgaria – USSR 2 and Romania – USSR 2\. Tab moves to the groups;/,
    );
    expect(desc?.textContent).toContain('A table of the matrix follows the chart.');
  });

  it('labels every arc outside the ring, with polity names, and colours each polity through the palette', () => {
    const { handle, host } = render();
    const labels = Array.from(host.querySelectorAll('.stc-chord__label'), (label) => label.textContent);
    expect(labels.sort()).toEqual(dataset.polities.map((polity) => polity.name).sort());
    const turkey = arcOf(handle.svg, 'turkey');
    const ussr = arcOf(handle.svg, 'ussr');
    expect(turkey.style.getPropertyValue('color')).toBe('var(--stc-polity-turkey, #0072b2)');
    expect(getComputedStyle(turkey).fill).toBe('rgb(0, 114, 178)');
    expect(getComputedStyle(ussr).fill).not.toBe(getComputedStyle(turkey).fill);
    // A ribbon takes its source group's colour.
    expect(getComputedStyle(ribbonOf(handle.svg, 'bulgaria', 'ussr')).color).toBe(
      getComputedStyle(arcOf(handle.svg, 'bulgaria')).color,
    );
    // No label runs out of the chart.
    const box = handle.svg.getBoundingClientRect();
    for (const label of host.querySelectorAll('.stc-chord__label')) {
      const rect = label.getBoundingClientRect();
      expect(rect.left).toBeGreaterThanOrEqual(box.left - 1);
      expect(rect.right).toBeLessThanOrEqual(box.right + 1);
    }
  });

  it('keeps the matrix in a visually hidden table with row and column headers and totals', () => {
    const { host } = render();
    const table = host.querySelector('table') as HTMLTableElement;
    expect(table.closest('.stc-visually-hidden-focusable')).not.toBeNull();
    const headers = Array.from(table.tHead?.rows[0]?.cells ?? [], (cell) => cell.textContent);
    expect(headers).toEqual(['Polity', 'Bulgaria', 'France', 'Greece', 'Poland', 'Romania', 'Turkey', 'USSR', 'Total']);
    expect(Array.from(table.tHead?.rows[0]?.cells ?? []).every((cell) => cell.scope === 'col')).toBe(true);
    const turkey = table.querySelector('tr[data-key="turkey"]') as HTMLTableRowElement;
    expect(turkey.cells[0]?.tagName).toBe('TH');
    expect((turkey.cells[0] as HTMLTableCellElement).scope).toBe('row');
    expect(Array.from(turkey.cells, (cell) => cell.textContent)).toEqual([
      'Turkey',
      '0',
      '1',
      '1',
      '0',
      '1',
      '1',
      '36',
      '40',
    ]);
    expect(table.caption?.textContent).toMatch(/who met whom: contacts between polities/);
  });

  it('shows the table with table: "visible"', () => {
    const { host } = render({ table: 'visible' });
    expect(host.querySelector('.stc-visually-hidden-focusable')).toBeNull();
    expect(host.querySelector('table')?.getBoundingClientRect().height).toBeGreaterThan(100);
  });

  it('sets no inline style but the colours, and injects no <style>', () => {
    const { host } = render();
    for (const node of host.querySelectorAll('[style]')) {
      expect(node.classList).toContain('stc-chord__mark');
      expect(node.getAttribute('style')).toMatch(/^color: var\(--stc-polity-[a-z0-9-]+, #[0-9a-f]{6}\);$/);
    }
    expect(host.querySelectorAll('style')).toHaveLength(0);
  });

  it('follows the host width as a square, and takes a fixed size when given', () => {
    expect(render(undefined, makeHost(600)).handle.svg.getAttribute('width')).toBe('600');
    expect(render(undefined, makeHost(600)).handle.svg.getAttribute('height')).toBe('600');
    const fixed = render({ width: 500, height: 400 }, makeHost(900)).handle.svg;
    expect([fixed.getAttribute('width'), fixed.getAttribute('height')]).toEqual(['500', '400']);
  });
});

describe('createChord: group modes, direction and merging', () => {
  it('by person: one arc per participant, named after the person, coloured by their polity', () => {
    const { handle, host } = render({ by: 'person' });
    const participants = new Set(dataset.contacts.flatMap((contact) => contact.participants));
    expect(new Set(keysOf(arcsIn(handle.svg)))).toEqual(participants);
    expect(arcOf(handle.svg, 'saracoglu').getAttribute('aria-label')).toMatch(
      /^Şükrü Saracoğlu: 13 contacts; with A\. V\. Terentyev 7, /,
    );
    const turkishColour = getComputedStyle(arcOf(handle.svg, 'inonu')).color;
    expect(getComputedStyle(arcOf(handle.svg, 'saracoglu')).color).toBe(turkishColour);
    expect(getComputedStyle(arcOf(handle.svg, 'potemkin')).color).not.toBe(turkishColour);
    // Labels that do not fit are hidden, marked by a tick each, and counted in a note.
    const labels = host.querySelectorAll('.stc-chord__label').length;
    const ticks = host.querySelectorAll('.stc-chord__tick').length;
    expect(ticks).toBeGreaterThan(0);
    expect(labels + ticks).toBe(participants.size);
    const note = host.querySelector('.stc-chord__note') as HTMLElement;
    expect(note.hidden).toBe(false);
    expect(note.textContent).toMatch(new RegExp(`^${ticks} group labels are hidden for lack of room`));
  });

  it('directed: arrows from sender to recipient, messages only, and says what it left out', () => {
    const { handle, host } = render({ directed: true });
    expect(keysOf(arcsIn(handle.svg))).toEqual(['bulgaria', 'turkey', 'ussr']);
    const toUssr = ribbonOf(handle.svg, 'turkey', 'ussr', true);
    expect(toUssr.getAttribute('aria-label')).toBe('Turkey → USSR: 4 messages');
    expect(ribbonOf(handle.svg, 'ussr', 'turkey', true).getAttribute('aria-label')).toBe('USSR → Turkey: 2 messages');
    expect(toUssr.classList).toContain('stc-chord__ribbon--directed');
    expect(arcOf(handle.svg, 'ussr').getAttribute('aria-label')).toBe(
      'USSR: 8 messages; from Turkey 4, to Turkey 2, to Bulgaria 1, within USSR 1',
    );
    expect(handle.svg.getAttribute('aria-label')).toBe(
      'Soviet–Turkish diplomatic contacts, 1937–1939: who wrote to whom',
    );
    const desc = handle.svg.querySelector('desc')?.textContent ?? '';
    expect(desc).toMatch(/^A directed chord diagram of 9 messages among 3 polities, from sender to recipient\./);
    expect(desc).toContain(
      '33 contacts are not drawn: only messages, telegrams and letters have a sender and a recipient.',
    );
    const table = host.querySelector('table') as HTMLTableElement;
    expect(table.caption?.textContent).toMatch(
      /messages from each polity \(rows, senders\) to each polity \(columns, recipients\)/,
    );
    expect(Array.from(table.tHead?.rows[0]?.cells ?? [], (cell) => cell.textContent)).toEqual([
      'Polity (sender)',
      'To Bulgaria',
      'To Turkey',
      'To USSR',
      'Total sent',
    ]);
  });

  it('merges polities under the threshold into one neutral "other" group, named by its size', () => {
    const { handle, host } = render({ threshold: 0.05 });
    expect(keysOf(arcsIn(handle.svg))).toEqual(['romania', 'turkey', 'ussr', 'other']);
    const other = arcOf(handle.svg, 'other');
    expect(other.classList).toContain('stc-chord__arc--other');
    expect(other.hasAttribute('style')).toBe(false);
    expect(other.getAttribute('aria-label')).toBe(
      'other (4): 4 contacts; with USSR 4, with Romania 1, with Turkey 1, within other (4) 1',
    );
    expect(host.querySelector('.stc-chord__label--other')?.textContent).toBe('other (4)');
    expect(handle.svg.querySelector('desc')?.textContent).toContain('4 small groups are merged into “other (4)”.');
    // Neutral: not any polity's colour.
    const colours = arcsIn(handle.svg).map((arc) => getComputedStyle(arc).color);
    expect(new Set(colours).size).toBe(4);
  });

  it('draws custom data: keys as written, a generic title, and weights in the words', () => {
    const data = [
      customMeeting('a', ['x1', 'y1'], ['alpha', 'beta']),
      customMeeting('b', ['x1', 'y2'], ['alpha', 'beta']),
      customMeeting('c', ['x2', 'z1'], ['alpha', 'gamma']),
    ];
    const { handle } = render({ data, weight: (contact: ChordContact) => (contact.id === 'a' ? 2.5 : 1) });
    expect(keysOf(arcsIn(handle.svg))).toEqual(['alpha', 'beta', 'gamma']);
    expect(handle.svg.getAttribute('aria-label')).toBe('Chord diagram');
    expect(ribbonOf(handle.svg, 'alpha', 'beta').getAttribute('aria-label')).toBe(
      'alpha – beta: 2 contacts (weight 3.5)',
    );
  });
});

describe('createChord: empty states', () => {
  it('no contacts: says so instead of the ring, and keeps the table', () => {
    const { handle, host } = render({ data: [] });
    expect(arcsIn(handle.svg)).toHaveLength(0);
    const empty = host.querySelector('.stc-chord__empty') as HTMLElement;
    expect(empty.hidden).toBe(false);
    expect(empty.textContent).toBe('No contacts to draw.');
    expect(getComputedStyle(handle.svg).display).toBe('none');
    expect(host.querySelector('tbody')?.textContent).toBe('No contacts to count.');
    expect(handle.svg.querySelector('desc')?.textContent).toMatch(/^No contacts to draw\./);
  });

  it('directed with no messages: explains that a directed chord draws messages only', () => {
    const meetings = dataset.contacts.filter((contact) => contact.direction === null);
    const { host } = render({ data: meetings, directed: true });
    expect(host.querySelector('.stc-chord__empty')?.textContent).toBe(
      `None of the ${meetings.length} contacts has a sender and a recipient (a directed chord draws messages only).`,
    );
  });

  it('weights that add up to 0 keep the groups in the table', () => {
    const { host } = render({ weight: () => 0 });
    expect(host.querySelector('.stc-chord__empty')?.textContent).toBe('The weights of the contacts add up to 0.');
    expect(host.querySelectorAll('tbody tr')).toHaveLength(dataset.polities.length);
  });

  it('draws again once given contacts', () => {
    const { handle, host } = render({ data: [] });
    handle.update({ data: dataset.contacts });
    expect(arcsIn(handle.svg)).toHaveLength(7);
    expect((host.querySelector('.stc-chord__empty') as HTMLElement).hidden).toBe(true);
    expect(getComputedStyle(handle.svg).display).toBe('block');
    expect(handle.svg.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });
});
