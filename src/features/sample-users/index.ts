export { useSampleUsers } from './use-sample-users';
export { SampleUserPanel } from './lazy-panel';
