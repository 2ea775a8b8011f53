// SourcePageError: the error for text that is not a readable page of the collection.

/** Thrown for text that is not a readable page of the collection; the message says what was expected. */
export class SourcePageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourcePageError';
  }
}
