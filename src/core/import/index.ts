export { importBrazeTemplate } from './import-braze-template';
export type { ImportResult, UnmappedPiece } from './import-context';
