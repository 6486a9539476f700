export { useSampleUsers } from './use-sample-users';
export type { SampleUserEntry, SampleUsersApi } from './use-sample-users';
export { SampleUserPanel } from './lazy-panel';
