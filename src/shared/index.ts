export {
  type CellValue,
  createDataTable,
  type DataTableColumn,
  type DataTableHandle,
  type DataTableOptions,
  type SortDirection,
  sortOrder,
} from './data-table';
export { type DateWording, englishDateWording, formatDateValue, formatIsoDate } from './format-date';
