export { importBrazeTemplate } from './import-braze-template';
