export {
  type CellValue,
  createDataTable,
  type DataTableColumn,
  type DataTableHandle,
  type DataTableOptions,
  type SortDirection,
  sortOrder,
} from './data-table';
export { describeValue } from './describe-value';
export { type DateWording, englishDateWording, formatDateValue, formatIsoDate } from './format-date';
export { type Cancel, createLifecycle, type Disconnectable, type Lifecycle } from './lifecycle';
export {
  checkLocale,
  isLocaleName,
  type LocaleInput,
  type LocaleName,
  languageTag,
  localeNames,
  type TickFormats,
  type TimeFormatLocale,
  type TimeLocaleDefinition,
  timeLocale,
  timeTickFormat,
} from './locale';
export {
  contactKinds,
  isContactKind,
  type KindStyle,
  kindStyle,
  type MarkShape,
  markShapes,
  type PaletteColor,
  polityColor,
  polityColors,
  polityFallbackColors,
  shapePath,
} from './palette';
export {
  createRovingFocus,
  type FocusableElement,
  type NavigationKey,
  nextIndex,
  type RovingFocus,
  type RovingFocusOptions,
  type RovingModel,
  type RovingModelOptions,
  rovingModel,
} from './roving-focus';
export { createTooltip, type Tooltip, type TooltipOptions, type TooltipPlacement } from './tooltip';
