// Types for scripts/measure-size.mjs, which the size test imports.
export interface SizeResult {
  name: string;
  what: string;
  minified: number;
  gzip: number;
  budget: number;
  limit: number;
}
export const dist: string;
export const budgets: Record<string, { what: string; budget: number; limit: number }>;
export function measureSizes(): Promise<SizeResult[]>;
export function sizeTable(results: SizeResult[]): string;
