// The date-order rule shared by documents and contacts: a date's earliest day must not follow its latest.
import { dateBounds } from '../dates';
import type { DateValue } from '../types';
import type { Report } from './messages';

/** The earliest day of a date must not fall after its latest day. */
export function checkDateOrder(date: DateValue, path: string, report: Report): void {
  const { start, end } = dateBounds(date);
  if (start === null || end === null || start <= end) return;
  if ('from' in date) report(path, `span ends before it starts (from "${date.from}", to "${date.to}")`);
  else if ('notBefore' in date) {
    report(path, `notBefore "${date.notBefore}" is after notAfter "${date.notAfter}" (no day fits)`);
  }
}
