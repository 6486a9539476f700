export { DocumentBar } from './document-bar';
export { loadStartingCopy } from './starting-copy';
export { useDraftDocument } from './use-draft-document';
