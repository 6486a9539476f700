export { DocumentBar } from './document-bar';
export { loadStartingCopy, type StartingCopy } from './starting-copy';
export { useDraftDocument, type DraftDocument } from './use-draft-document';
