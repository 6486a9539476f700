export { TestSendPanel } from './panel-with-client';
