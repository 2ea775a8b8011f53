// Loaded only when vitest.config.ts finds no Chromium: lists what could not run, as skipped tests with the reason.
import { readdirSync } from 'node:fs';
import { describe, it } from 'vitest';

const reason = `Chromium not found at ${process.env.STC_CHROME_PATH} (install Debian's chromium or set CHROME_PATH)`;
const files = readdirSync(new URL('./browser/', import.meta.url)).filter((f) => f.endsWith('.test.ts'));

describe(`browser tests skipped: ${reason}`, () => {
  for (const file of files) it.skip(`test/browser/${file}`, () => {});
  it.skip('Storybook stories (play functions)', () => {});
});
