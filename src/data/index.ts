export type * from './types';
export { dataset } from './dataset';
export { dateBounds, dateShape, dateSortKey, dayToTime, firstDay, isIsoDate, isoPrecision, lastDay } from './dates';
export { DatasetError, type DatasetIssue, validateDataset } from './validate';
export { type ParsedSourcePage, parseSourcePage, SourcePageError } from './parse-source-page';
export { contactMatrix, type ContactMatrix, type ContactMatrixOptions } from './matrix';
export { contactsBetween, contactsInSpan, contactsOfPerson, contactsOfPolity, type SpanMode } from './filter';
export { citationsToCSL, contactsToCSV, documentsToCSV } from './export';
