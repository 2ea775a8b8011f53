// After the Rollup build: writes the dataset as JSON, CSV and CSL-JSON into dist/, from the built data entry, so
// what ships is exactly what the library's own exporters produce.
import { writeFileSync } from 'node:fs';
import { citationsToCSL, contactsToCSV, dataset, documentsToCSV } from '../dist/data.js';

const out = new URL('../dist/', import.meta.url);
writeFileSync(new URL('dataset.json', out), `${JSON.stringify(dataset, null, 2)}\n`);
writeFileSync(new URL('contacts.csv', out), contactsToCSV(dataset));
writeFileSync(new URL('documents.csv', out), documentsToCSV(dataset));
writeFileSync(new URL('citations.json', out), `${JSON.stringify(citationsToCSL(dataset), null, 2)}\n`);
console.log(
  `dist/: dataset.json, contacts.csv (${dataset.contacts.length} rows), documents.csv (${dataset.documents.length} rows), citations.json`,
);
