export { AudienceDryRun } from './audience-dry-run';
export type { OpenUser } from './open-user';
