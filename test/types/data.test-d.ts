import { describe, expectTypeOf, it } from 'vitest';
import {
  type Contact,
  type ContactMatrix,
  contactMatrix,
  contactsInSpan,
  type Dataset,
  type DateValue,
  type DeepReadonly,
  dataset,
  parseSourcePage,
  type SourceDocument,
  validateDataset,
} from '../../src/data';

describe('dataset', () => {
  it('is deeply read-only', () => {
    expectTypeOf(dataset).toEqualTypeOf<DeepReadonly<Dataset>>();
    // @ts-expect-error: the bundled dataset cannot be changed
    dataset.contacts[0].participants.push('x');
    // @ts-expect-error: nor its records' fields
    dataset.documents[0].title.text = 'x';
  });
});

describe('validateDataset', () => {
  it('takes unknown input and returns a mutable Dataset', () => {
    expectTypeOf(validateDataset).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(validateDataset).returns.toEqualTypeOf<Dataset>();
  });
});

describe('DateValue', () => {
  it('narrows by its keys', () => {
    const show = (date: DateValue) => {
      if ('when' in date) return expectTypeOf(date.when).toEqualTypeOf<string>();
      if ('from' in date) return expectTypeOf(date.to).toEqualTypeOf<string>();
      return expectTypeOf(date.notAfter).toEqualTypeOf<string | undefined>();
    };
    expectTypeOf(show).toBeFunction();
  });
});

describe('queries', () => {
  it('accept the frozen dataset and keep the record type', () => {
    expectTypeOf(contactsInSpan(dataset.contacts, { from: '1937', to: '1939' })).toEqualTypeOf<
      DeepReadonly<Contact>[]
    >();
    expectTypeOf(contactMatrix(dataset.contacts, { by: 'person' })).toEqualTypeOf<ContactMatrix>();
    // @ts-expect-error: "by" is polity, person or a function
    contactMatrix(dataset.contacts, { by: 'place' });
  });
});

describe('parseSourcePage', () => {
  it('returns the parsed parts of a SourceDocument', () => {
    const parsed = parseSourcePage('');
    expectTypeOf(parsed.text).toEqualTypeOf<NonNullable<SourceDocument['text']>>();
    expectTypeOf(parsed.citation).toEqualTypeOf<SourceDocument['source']['citation']>();
  });
});
