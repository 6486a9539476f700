export { BrazeImportButton } from './braze-import-button';
