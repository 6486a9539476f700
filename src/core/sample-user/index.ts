export { BRAZE_NAMESPACES, SampleUserSchema } from './sample-user';
export type { SampleUser } from './sample-user';
export { SAMPLE_USER_PRESETS } from './presets';
