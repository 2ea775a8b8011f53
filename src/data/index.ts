export { dataset } from './dataset';
export { dateBounds, dateShape, dateSortKey, dayToTime, firstDay, isIsoDate, isoPrecision, lastDay } from './dates';
export { citationsToCSL, contactsToCSV, documentsToCSV } from './export';
export { contactsBetween, contactsInSpan, contactsOfPerson, contactsOfPolity, type SpanMode } from './filter';
export { type ParsedSourcePage, parseSourcePage, SourcePageError } from './ingest';
export { type ContactMatrix, type ContactMatrixOptions, contactMatrix } from './matrix';
export type * from './types';
export { DatasetError, type DatasetIssue, validateDataset } from './validate';
