/** The file is not a Braze user export (or cannot be read at all); the message is the sentence to show. */
export class NotAnExportError extends Error {
  override name = 'NotAnExportError';
}
