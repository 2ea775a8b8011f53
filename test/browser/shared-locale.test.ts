import { describe, expect, it } from 'vitest';
import { languageTag, timeLocale, timeTickFormat } from '../../src/shared/locale';

// The locale definitions are JSON files of d3-time-format, imported with a JSON import attribute: this checks that the
// browser build resolves them as the Node tests do.
describe('locales in Chromium', () => {
  it('formats ticks in each locale', () => {
    const first = new Date(Date.UTC(1939, 7, 1));
    const day = new Date(Date.UTC(1939, 7, 23));
    expect([timeTickFormat('en')(first), timeTickFormat('ru')(first), timeTickFormat('tr')(first)]).toEqual([
      'August',
      'август',
      'Ağustos',
    ]);
    expect(timeTickFormat('ru')(day)).toBe('23 авг');
    expect(timeLocale('ru').utcFormat('%-d %B %Y')(day)).toBe('23 августа 1939');
  });

  it('gives Intl tags the browser formats with', () => {
    const date = new Date(Date.UTC(1939, 7, 23));
    const text = (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    expect(text(languageTag('en'))).toBe('23 August 1939');
    expect(text(languageTag('tr'))).toBe('23 Ağustos 1939');
    expect(text(languageTag('ru'))).toMatch(/^23 августа 1939/);
  });
});
