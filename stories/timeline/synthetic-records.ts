/**
 * Synthetic records for scale tests and stories: invented, clearly labelled ("Synthetic record 17"), never mixed with
 * the dataset. Deterministic (a seeded generator), so a story or benchmark draws the same chart every time.
 */
import type { DateValue } from '../../src/data/types';

export interface SyntheticRecord {
  id: string;
  date: DateValue;
  lane: string;
  kind: 'meeting' | 'talks' | 'telegram' | 'letter' | 'message';
  label: string;
}

const kinds = ['meeting', 'talks', 'telegram', 'letter', 'message'] as const;

/** mulberry32: a small seeded generator, good enough for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * `count` records over 1937–1939 in `lanes` lanes: mostly single days, some spans, some known only to the month, some
 * uncertain (between two dates, or before one), a tenth inferred.
 */
export function syntheticRecords(count: number, lanes = 8, seed = 1937): SyntheticRecord[] {
  const next = random(seed);
  const start = Date.UTC(1937, 0, 1);
  const days = 3 * 365;
  const records: SyntheticRecord[] = [];
  for (let i = 0; i < count; i++) {
    const first = start + Math.floor(next() * days) * 86_400_000;
    const basis = next() < 0.1 ? 'inferred' : 'stated';
    const form = next();
    let date: DateValue;
    if (form < 0.7) date = { when: day(first), basis };
    else if (form < 0.8) date = { from: day(first), to: day(first + Math.ceil(next() * 6) * 86_400_000), basis };
    else if (form < 0.88) date = { when: day(first).slice(0, 7), basis };
    else if (form < 0.96)
      date = { notBefore: day(first), notAfter: day(first + Math.ceil(next() * 20) * 86_400_000), basis };
    else date = { notAfter: day(first), basis };
    records.push({
      id: `synthetic-${i}`,
      date,
      lane: `Lane ${1 + Math.floor(next() * lanes)}`,
      kind: kinds[Math.floor(next() * kinds.length)] as SyntheticRecord['kind'],
      label: `Synthetic record ${i}`,
    });
  }
  return records;
}

/** The accessors a timeline needs for synthetic records. */
export const syntheticAccessors = {
  id: (d: SyntheticRecord) => d.id,
  date: (d: SyntheticRecord) => d.date,
  lane: (d: SyntheticRecord) => d.lane,
  label: (d: SyntheticRecord) => d.label,
  kind: (d: SyntheticRecord) => d.kind,
};
