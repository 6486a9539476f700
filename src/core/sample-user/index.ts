export { BRAZE_NAMESPACES, SampleUserSchema } from './sample-user';
export type { BrazeNamespace, SampleUser } from './sample-user';
export { SAMPLE_USER_PRESETS } from './presets';
export type { SampleUserPreset } from './presets';
