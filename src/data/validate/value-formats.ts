// Checks of the dataset's string formats: ids, ISO dates, URLs, language codes, facts.md references and basis.
import { isIsoDate } from '../dates';
import { isString, makeCheck, matching, oneOf } from './checks';
import { quoted } from './messages';

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idHint = 'lowercase letters and digits in hyphen-separated words, like "ussr" or "1937-06-01-karsky-ataturk"';
const idOf = (noun: string) => matching(`${noun} id`, idPattern, 'id', idHint);
export const ownId = idOf('an');
export const personId = idOf('a person');
export const polityId = idOf('a polity');
export const placeId = idOf('a place');
export const documentId = idOf('a document');

export const isoDate = makeCheck('an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)', isString, (value, path, report) => {
  if (!isIsoDate(value)) report(path, `invalid date ${quoted(value)} (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
});

export const url = matching('a URL', /^https?:\/\/\S+$/, 'URL', 'an http or https URL without spaces');
export const languageCode = matching(
  'an ISO 639-1 language code',
  /^[a-z]{2}$/,
  'language',
  'an ISO 639-1 code like "en"',
);

export const factsRefPattern = /^(?:documents#\d+|outside#O\d+|people#.+|context#\d+|additions#.+|collection)$/;
export const factsRef = matching(
  'a facts.md reference',
  factsRefPattern,
  'facts reference',
  'documents#N, outside#ON, people#NAME, context#N, additions#NAME or collection',
);
export const recordFactsPattern = /^(?:documents#\d+|outside#O\d+|additions#.+)$/;
export const recordFactsRef = matching(
  'the facts.md row of a document',
  recordFactsPattern,
  'facts row',
  'documents#N, outside#ON or additions#NAME',
);

export const basis = oneOf(['stated', 'inferred']);
