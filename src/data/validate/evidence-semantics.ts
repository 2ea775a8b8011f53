// The second-pass rules of a contact's evidence: known, listed documents, and quotes verbatim in their paragraph.
import type { Contact } from '../types';
import { at, quoted, type Report } from './messages';
import { type Indexes, resolve } from './references';

export function checkEvidence(contact: Contact, path: string, indexes: Indexes, report: Report): void {
  const listed = new Set(contact.documents);
  contact.evidence.forEach((evidence, index) => {
    if (evidence.kind === 'context') return;
    const evidencePath = at(at(path, 'evidence'), index);
    const documentPath = at(evidencePath, 'document');
    const name = quoted(evidence.document);
    const document = resolve(indexes.documents, evidence.document, 'document', documentPath, report);
    if (indexes.documents.byId.has(evidence.document) && !listed.has(evidence.document)) {
      report(documentPath, `document ${name} is not among the contact's documents`);
    }
    if (document === undefined) return;
    if (evidence.kind === 'record') {
      if (document.text !== null) {
        report(
          documentPath,
          `document ${name} has full text (record evidence is for metadata-only documents; quote it)`,
        );
      }
      if (evidence.url !== document.source.url) {
        report(
          at(evidencePath, 'url'),
          `expected the document's source url ${quoted(document.source.url)}, got ${quoted(evidence.url)}`,
        );
      }
      return;
    }
    if (document.text === null) {
      report(
        documentPath,
        `document ${name} has no full text (a quote needs a full-text document; use record evidence)`,
      );
      return;
    }
    const paragraphs = document.text.paragraphs;
    const paragraph = paragraphs[evidence.paragraph];
    if (paragraph === undefined) {
      report(
        at(evidencePath, 'paragraph'),
        `paragraph ${evidence.paragraph} out of range (document ${name} has ${paragraphs.length}, indexed from 0)`,
      );
    } else if (!paragraph.includes(evidence.quote)) {
      report(
        at(evidencePath, 'quote'),
        `${quoted(evidence.quote)} is not verbatim in paragraph ${evidence.paragraph} of document ${name}`,
      );
    }
  });
}
