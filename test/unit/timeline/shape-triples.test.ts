import { describe, expect, it } from 'vitest';
import { ShapeTriples } from '../../../src/timeline/render/shape-triples';

const listed = (triples: ShapeTriples) => [...triples.values.subarray(0, triples.length)];

describe('ShapeTriples', () => {
  it('add keeps each triple in order, flat', () => {
    const triples = new ShapeTriples();
    triples.add(1.5, 2, 8);
    triples.add(-3, 4.25, 6.4);
    expect(triples.length).toBe(6);
    expect(listed(triples)).toEqual([1.5, 2, 8, -3, 4.25, 6.4]);
  });

  it('add grows the array past its first capacity without losing a triple', () => {
    const triples = new ShapeTriples();
    const first = triples.values;
    const count = first.length; // three times the triples that fit at first
    for (let i = 0; i < count; i++) triples.add(i, i + 0.5, 8);
    expect(triples.values).not.toBe(first);
    expect(triples.length).toBe(3 * count);
    for (let i = 0; i < count; i++) expect(listed(triples).slice(3 * i, 3 * i + 3)).toEqual([i, i + 0.5, 8]);
  });

  it('clear empties the list and keeps its memory for the next draw', () => {
    const triples = new ShapeTriples();
    for (let i = 0; i < 500; i++) triples.add(i, i, 8);
    const grown = triples.values;
    triples.clear();
    expect(triples.length).toBe(0);
    expect(triples.values).toBe(grown);
    triples.add(7, 8, 9);
    expect(listed(triples)).toEqual([7, 8, 9]);
  });
});
