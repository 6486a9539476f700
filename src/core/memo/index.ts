export { remember } from './bounded-memo';
