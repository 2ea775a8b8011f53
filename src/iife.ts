// The script-tag build (dist/soviet-turkish-contacts.iife.min.js, global `SovietTurkishContacts`): everything the main
// entry exports, with d3 inlined.
export * from './index';
