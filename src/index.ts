// The main entry. The charts (createTimeline, createChord) join it in later releases; until then it offers the
// dataset's queries without the dataset itself, so importing it stays light.

export { dateBounds, dateShape, dateSortKey, firstDay, isIsoDate, lastDay } from './data/dates';
export { contactsBetween, contactsInSpan, contactsOfPerson, contactsOfPolity, type SpanMode } from './data/filter';
export { type ContactMatrix, type ContactMatrixOptions, contactMatrix } from './data/matrix';
export type * from './data/types';
