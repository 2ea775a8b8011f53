// The size budgets (size-budgets.json): each bundle a site would make of the built package (dist/, built by npm test
// before the tests) stays within its limit after gzip -9. `npm run size` prints the same figures as a table.
import { describe, expect, it } from 'vitest';
import { budgets, measureSizes, sizeTable } from '../../../scripts/measure-size.mjs';

describe('size budgets', () => {
  it('each bundle, gzipped, is within its limit, and no limit is looser than it needs to be', async () => {
    const results = await measureSizes();
    console.log(sizeTable(results));
    expect(results.map(({ name }) => name)).toEqual(Object.keys(budgets));
    for (const { name, gzip, budget, limit } of results) {
      expect(limit, `${name}: a limit above the budget is only for a bundle not yet within it`).toBeGreaterThanOrEqual(
        budget,
      );
      expect(gzip, `${name}: gzip -9 size over its limit`).toBeLessThanOrEqual(limit);
      // A limit left far above a bundle that shrank would let it grow back unnoticed: lower it with the change.
      if (limit > budget) expect(limit - gzip, `${name}: limit ${limit} is slack; lower it`).toBeLessThan(1000);
    }
  }, 120_000);
});
