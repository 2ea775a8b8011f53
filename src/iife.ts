// The script-tag build (dist/soviet-turkish-contacts.iife.min.js, global `SovietTurkishContacts`): everything the main
// entry exports, with d3 inlined, and the custom elements <stc-timeline> and <stc-chord>, defined on load.
export * from './elements/index';
export * from './index';
