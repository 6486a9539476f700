export { renderRequest } from './render-request';
export { prepareRequest } from './prepare-request';
