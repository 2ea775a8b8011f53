// The check of a date object: a day, a span or an uncertain date, told apart by their keys.
import type { DayDate, SpanDate, UncertainDate } from '../types';
import { type FieldTable, isPlainObject, makeCheck, optional, recordOf, required, runCheck, text } from './checks';
import { basis, isoDate } from './value-formats';

export const dayDateFields = {
  when: required(isoDate),
  basis: required(basis),
  note: optional(text),
} satisfies FieldTable<DayDate>;

export const spanDateFields = {
  from: required(isoDate),
  to: required(isoDate),
  basis: required(basis),
  note: optional(text),
} satisfies FieldTable<SpanDate>;

export const uncertainDateFields = {
  notBefore: optional(isoDate),
  notAfter: optional(isoDate),
  basis: required(basis),
  note: optional(text),
} satisfies FieldTable<UncertainDate>;

/** The keys that tell each date form apart; a date must use the keys of exactly one. */
const dateForms = [
  { name: 'day', keys: ['when'], check: recordOf('a day date', dayDateFields) },
  { name: 'span', keys: ['from', 'to'], check: recordOf('a span date', spanDateFields) },
  { name: 'uncertain', keys: ['notBefore', 'notAfter'], check: recordOf('an uncertain date', uncertainDateFields) },
] as const;

const dateFormsHint =
  '{ when } for a day, { from, to } for a span, or { notBefore and/or notAfter } for an uncertain date';

export const dateValue = makeCheck('a date object', isPlainObject, (value, path, report) => {
  const forms = dateForms.filter((form) => form.keys.some((key) => Object.hasOwn(value, key)));
  if (forms.length > 1) {
    const used = forms.flatMap((form) => form.keys.filter((key) => Object.hasOwn(value, key)));
    report(path, `mixes date forms (${used.join(', ')}): expected exactly one of ${dateFormsHint}`);
    return;
  }
  const form = forms[0] ?? dateForms[2];
  if (forms.length === 0)
    report(path, `an uncertain date needs notBefore, notAfter or both (expected ${dateFormsHint})`);
  runCheck(form.check, value, path, report);
});
