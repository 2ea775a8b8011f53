import { isIsoDate } from '../../data/dates';
import type { DateValue } from '../../data/types';
import { formatDateValue, formatIsoDate } from '../../shared/format-date';
import type { TimelineDateInput } from '../options';

/**
 * A date as a record gives it, in words and at its own precision: a dataset date as `formatDateValue` writes it
 * ("between 20 and 26 August 1939 (inferred)"), an ISO date to its precision ("October 1939"), a Date as its UTC day.
 */
export function formatDateInput(date: TimelineDateInput, language: string): string {
  if (date instanceof Date) return formatIsoDate(date.toISOString().slice(0, 10), language);
  if (typeof date === 'string') return isIsoDate(date) ? formatIsoDate(date, language) : date;
  return formatDateValue(date as DateValue, language);
}
