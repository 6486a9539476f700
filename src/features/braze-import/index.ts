export { BrazeImportButton, type BrazeImportButtonProps } from './braze-import-button';
