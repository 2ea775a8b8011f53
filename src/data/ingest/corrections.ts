// CorrectionLog: the normalisations applied to a page, in order, with identical ones counted.
import type { Correction } from '../types';

/** Collects corrections in the order applied; identical ones (same text, same reason) are counted, not repeated. */
export class CorrectionLog {
  private readonly entries: (Correction & { count: number })[] = [];

  add(original: string, corrected: string, reason: string): void {
    if (original === corrected) return;
    const same = this.entries.find((e) => e.original === original && e.corrected === corrected && e.reason === reason);
    if (same) same.count += 1;
    else this.entries.push({ original, corrected, reason, count: 1 });
  }

  list(): Correction[] {
    return this.entries.map(({ original, corrected, reason, count }) => ({
      original,
      corrected,
      reason: count > 1 ? `${reason} (${count} occurrences)` : reason,
    }));
  }
}
