export { TestSendPanel } from './test-send-panel';
