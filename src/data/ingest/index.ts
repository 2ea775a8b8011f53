// Ingestion of a saved page of the collection: the parser, its result and its error.
export { type ParsedSourcePage, parseSourcePage } from './parse-source-page';
export { SourcePageError } from './source-page-error';
