// The `soviet-turkish-contacts/elements` entry: the package's only one with a side effect, defining <stc-timeline> and
// <stc-chord> on import (safe to import twice).
import { defineElements } from './define';

export type { StcErrorDetail } from './chart-element';
export { defineElements } from './define';
export { StcChordElement } from './stc-chord';
export { StcTimelineElement } from './stc-timeline';

defineElements();
