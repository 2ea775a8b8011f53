// Validation of a dataset: the entry function, its error, and the field tables the schema test compares with.
export { DatasetError, type DatasetIssue } from './dataset-error';
export { patterns, recordFields } from './fields';
export { validateDataset } from './validate-dataset';
