import { describe, expect, it } from 'vitest';
import { formatEnglishNumber } from '../../../src/shared/format-number';

const digitCounts = [0, 1, 2, 3] as const;
const intl = (value: number, digits: number) =>
  new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(value);

/** mulberry32, so a failure names numbers that can be tried again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('formatEnglishNumber', () => {
  it('writes what Intl.NumberFormat("en") writes, for edge cases', () => {
    const values = [
      0,
      -0,
      1,
      -1,
      7,
      999,
      1000,
      1234,
      -1234,
      999_999,
      1_000_000,
      2 ** 53,
      1e20,
      9.99e20,
      1e21,
      1.5e22,
      -3e25,
      0.5,
      1.5,
      2.5,
      -2.5,
      0.125,
      1.005,
      2.675,
      1.0049999,
      0.0005,
      0.00049,
      -0.0004,
      1e-7,
      -1e-9,
      5e-324,
      0.1 + 0.2,
      999.9995,
      999_999.995,
      123_456_789.995,
      Number.MAX_SAFE_INTEGER + 0.5,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.NaN,
    ];
    for (const digits of digitCounts) {
      for (const value of values)
        expect([value, digits, formatEnglishNumber(value, digits)]).toEqual([value, digits, intl(value, digits)]);
    }
  });

  it('writes what Intl.NumberFormat("en") writes, for random numbers of every size', () => {
    const next = random(1937);
    for (let i = 0; i < 20_000; i++) {
      // Magnitudes from 1e-8 to 1e22, half of them with few decimals (where rounding ties happen).
      const magnitude = 10 ** (next() * 30 - 8);
      const raw = (next() < 0.5 ? -1 : 1) * magnitude;
      const value = next() < 0.5 ? Math.round(raw * 1000) / 1000 : raw;
      const digits = digitCounts[i % 4] as (typeof digitCounts)[number];
      expect([value, digits, formatEnglishNumber(value, digits)]).toEqual([value, digits, intl(value, digits)]);
    }
    // 20,000 Intl calls: seconds on a loaded machine.
  }, 20_000);
});
