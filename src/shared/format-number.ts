/**
 * Numbers written as `Intl.NumberFormat('en', { maximumFractionDigits })` writes them ("1,234.57"), without making one.
 * The first number format of a page costs 35–45 ms on this project's machines (ICU loads its data), and the package
 * made two as it loaded: every page that loaded it paid that, though only English digits and commas are wanted.
 */

/** From here `String(number)` writes an exponent: such numbers, rare in a chart's text, go to Intl itself. */
const exponentFrom = 1e21;

/**
 * `value` in English: grouped by commas, rounded to at most `maximumFractionDigits` (0 to 3) decimals, half away from
 * zero, with no trailing zeros. Like Intl, it rounds the shortest decimal that reads back as the number, so 1.005
 * (stored as 1.00499…) gives "1.01"; and it keeps the sign of a negative number that rounds to zero ("-0").
 */
export function formatEnglishNumber(value: number, maximumFractionDigits: 0 | 1 | 2 | 3): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const magnitude = Math.abs(value);
  if (magnitude === Number.POSITIVE_INFINITY) return `${sign}∞`;
  if (magnitude >= exponentFrom) return new Intl.NumberFormat('en', { maximumFractionDigits }).format(value);
  // Below 1e-6 String() writes an exponent; such a number rounds to 0 at three decimals or fewer.
  const written = magnitude < 1e-6 ? '0' : String(magnitude);
  const [whole = '0', fraction = ''] = written.split('.');
  const kept = maximumFractionDigits;
  // The number times 10^kept, as a string of digits, rounded up when the first digit dropped is 5 or more.
  let digits = whole + fraction.slice(0, kept).padEnd(kept, '0');
  if ((fraction[kept] ?? '0') >= '5') digits = (BigInt(digits) + 1n).toString().padStart(kept + 1, '0');
  const integer = digits.slice(0, digits.length - kept).replace(/\B(?=(\d{3})+$)/g, ',');
  const decimals = digits.slice(digits.length - kept).replace(/0+$/, '');
  return `${sign}${integer}${decimals ? `.${decimals}` : ''}`;
}
