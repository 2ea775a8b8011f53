// Prints the plain closing line "N passed, N failed[, N skipped]" from Vitest's JSON report.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'reports/vitest.json';
if (!existsSync(file)) {
  console.log(`no Vitest report at ${file}: the tests did not run (see the output above)`);
  console.log('0 passed, 0 failed');
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
const line = `${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
if (report.numTotalTests === 0) {
  console.log(line);
  process.exit(1);
}
console.log(line);
